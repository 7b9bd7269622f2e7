package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.model.CodeGenerator;
import celab.model.Lab;
import celab.plot.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import java.util.List;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class CodeViewFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDialogs() {
        // the dialogs are owned by the test's shared stage: close them so the next test finds only its own
        interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .forEach(Window::hide));
    }

    private void open(String id) {
        interact(() -> window.show(window.screens().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow()));
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private String code() {
        return lookup("#code-text").queryAs(TextArea.class).getText();
    }

    @Test
    void explorerCodeStatesTheLossOnScreenAndFollowsTheSliders() {
        open("explorer");
        clickOn("#show-code");
        assertTrue(code().contains("y_pred = np.array([[0.7, 0.1, 0.2]]"), code());
        assertEquals(text("#loss"), CodeGenerator.expectedComment(code()));
        interact(() -> lab.explorer().row().setProbability(0, 0.25));
        assertEquals(text("#loss"), CodeGenerator.expectedComment(code()));
        assertEquals("1.386", CodeGenerator.expectedComment(code()));
    }

    @Test
    void batchCodeStatesTheBatchMeanOnScreen() {
        open("batch");
        clickOn("#batch-show-code");
        assertTrue(code().contains("[0.02, 0.9, 0.08]"), code());
        assertEquals("0.3851", CodeGenerator.expectedComment(code()));
        interact(() -> lab.batch().setProbability(1, 1, 0.8));
        assertEquals(text("#batch-mean-short"), CodeGenerator.expectedComment(code()));
    }

    @Test
    void logitsCodeSwitchesToPyTorchAndCopies() {
        open("logits");
        clickOn("#load-example");
        clickOn("#logit-show-code");
        assertEquals("1.441", CodeGenerator.expectedComment(code()));
        assertEquals(text("#example-mean"), CodeGenerator.expectedComment(code()));
        clickOn("#code-pytorch");
        assertTrue(code().contains("F.cross_entropy(logits, targets)"), code());
        clickOn("#code-copy");
        assertTrue(text("#code-copied").startsWith("Copied PyTorch"));
        String[] clip = new String[1];
        interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(code(), clip[0]);
    }

    @Test
    void hiddenNumbersHideTheExpectedValue() {
        open("logits");
        clickOn("#logit-show-code");
        interact(() -> lab.numbersHiddenProperty().set(true));
        assertFalse(code().contains("0.4170"), code());
        assertTrue(CodeGenerator.expectedComment(code()).startsWith("?"));
        interact(() -> lab.numbersHiddenProperty().set(false));
        assertEquals("0.4170", CodeGenerator.expectedComment(code()));
    }
}
