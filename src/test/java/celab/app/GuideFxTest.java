package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.ProgressStore;
import celab.model.Lab;
import celab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class GuideFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;
    private Path progressFile;

    @Override
    public void start(Stage stage) throws Exception {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        progressFile = Files.createTempDirectory("guide").resolve("progress.json");
        window.files().rememberProgress(new ProgressStore(progressFile));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void walkingALessonByKeyboardAloneRecognisesTheTask() {
        press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        assertTrue(lab.guide().openProperty().get(), "Ctrl+L opened the guide");
        assertEquals("Step 1 of", text("#guide-step").substring(0, 9));
        assertEquals("Why accuracy is not enough", text("#guide-title"));
        type(KeyCode.PAGE_DOWN);
        type(KeyCode.PAGE_DOWN);
        assertEquals("Confidence lowers the loss", text("#guide-title"));
        assertEquals("explorer", window.current().id(), "the step opened its screen");
        assertTrue(text("#guide-task-state").startsWith("○"), text("#guide-task-state"));
        // Tab to the dog slider, then arrow keys: 0.70 → 0.85 in steps of 0.01
        for (int i = 0; i < 40 && !"prob-0".equals(idOfFocus()); i++) {
            type(KeyCode.TAB);
        }
        assertEquals("prob-0", idOfFocus(), "Tab reaches the dog slider");
        for (int i = 0; i < 15; i++) {
            type(KeyCode.RIGHT);
        }
        assertTrue(lab.explorer().row().getResult().loss(0) < 0.2);
        assertTrue(text("#guide-task-state").startsWith("✔"), text("#guide-task-state"));
        assertTrue(lab.guide().completed().contains("confident-right"));
        type(KeyCode.PAGE_DOWN);
        assertEquals("Wrong is not all the same", text("#guide-title"));
        type(KeyCode.PAGE_UP);
        assertEquals("Confidence lowers the loss", text("#guide-title"));
    }

    @Test
    void aNumericQuestionIsCheckedWithATolerance() {
        interact(() -> {
            lab.guide().openProperty().set(true);
            lab.guide().stepProperty().set(4);
        });
        assertEquals("Answer by doing: a loss of 1", text("#guide-title"));
        clickOn("#guide-answer").write("abc").type(KeyCode.ENTER);
        assertTrue(text("#guide-feedback").contains("not a number"), text("#guide-feedback"));
        assertFalse(lab.guide().completed().contains("loss-of-one"));
        clickOn("#guide-answer").eraseText(3).write("0.5").type(KeyCode.ENTER);
        assertTrue(text("#guide-feedback").startsWith("✘"), text("#guide-feedback"));
        clickOn("#guide-answer").eraseText(3).write("0.368").type(KeyCode.ENTER);
        assertTrue(text("#guide-feedback").startsWith("✔"), text("#guide-feedback"));
        assertTrue(lab.guide().completed().contains("loss-of-one"));
    }

    @Test
    void progressIsRememberedBetweenRuns() throws Exception {
        interact(() -> {
            lab.guide().stepProperty().set(2);
            lab.guide().complete("formula-shortcut");
        });
        ProgressStore.Progress saved = new ProgressStore(progressFile).load();
        assertEquals(2, saved.step());
        assertTrue(saved.completed().contains("formula-shortcut"));
        Lab next = new Lab();
        interact(() -> new LabWindow(next, new Theme()).files().rememberProgress(new ProgressStore(progressFile)));
        assertEquals(2, next.guide().stepProperty().get());
        assertTrue(next.guide().completed().contains("formula-shortcut"));
    }

    private String idOfFocus() {
        Node n = window.root().getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }
}
