package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.ProgressStore;
import celab.io.lesson.Lesson;
import celab.lesson.GuideStep;
import celab.model.Lab;
import celab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
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

    private void openAt(int step) {
        interact(() -> {
            lab.guide().stepProperty().set(step);
            lab.guide().openProperty().set(true);
        });
    }

    private int indexOf(String id) {
        var steps = window.guidePanel().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no step " + id);
    }

    @Test
    void walkingALessonByKeyboardAloneRecognisesTheTask() {
        press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        assertTrue(lab.guide().openProperty().get(), "Ctrl+L opened the guide");
        assertEquals("Step 1 of", text("#guide-step").substring(0, 9));
        assertEquals("explorer", window.current().id(), "the path starts at the Explorer");
        assertEquals("The formula and its one-hot shortcut", text("#guide-title"));
        type(KeyCode.PAGE_DOWN);
        assertEquals("Confidence lowers the loss", text("#guide-title"));
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
    void aQuestionIsAnsweredByKeyboardAlone() {
        openAt(indexOf("loss-of-one"));
        for (int i = 0; i < 60 && !"guide-answer".equals(idOfFocus()); i++) {
            type(KeyCode.TAB);
        }
        assertEquals("guide-answer", idOfFocus(), "Tab reaches the answer field");
        write("0,368").type(KeyCode.ENTER);
        assertTrue(text("#guide-feedback").startsWith("✔"), text("#guide-feedback"));
        type(KeyCode.PAGE_DOWN);
        assertEquals("How hard does the loss push?", text("#guide-title"));
    }

    @Test
    void aFirstMissGetsAHintAndOnlyASecondMissTheAnswer() {
        openAt(indexOf("loss-of-one"));
        assertEquals("Answer by doing: a loss of 1", text("#guide-title"));
        clickOn("#guide-answer").write("abc").type(KeyCode.ENTER);
        assertTrue(text("#guide-answer-msg").contains("not a number"), text("#guide-answer-msg"));
        assertEquals("", text("#guide-feedback"), "text that is not a number is no miss");
        clickOn("#guide-answer").eraseText(3).write("0.5").type(KeyCode.ENTER);
        assertTrue(text("#guide-feedback").startsWith("✘ Not yet. A hint:"), text("#guide-feedback"));
        assertFalse(text("#guide-feedback").contains("0.368"), "the first miss does not give the answer");
        clickOn("#guide-answer").eraseText(3).write("0.6").type(KeyCode.ENTER);
        assertTrue(text("#guide-feedback").contains("The answer is 0.368"), text("#guide-feedback"));
        assertFalse(lab.guide().completed().contains("loss-of-one"));
        clickOn("#guide-answer").eraseText(3).write("0,368").type(KeyCode.ENTER);
        assertTrue(text("#guide-feedback").startsWith("✔ Right: 0,368 is within 0.005 of 0.368"),
                text("#guide-feedback"));
        assertTrue(lab.guide().completed().contains("loss-of-one"));
    }

    @Test
    void theAnswerIsTheSharedNumberField() {
        openAt(indexOf("loss-of-one"));
        TextField field = lookup("#guide-answer").queryAs(TextField.class);
        Label msg = lookup("#guide-answer-msg").queryAs(Label.class);
        // a text that is not a number: marked, told next to the field, no verdict, no miss
        clickOn("#guide-answer").write("0.3.6").type(KeyCode.ENTER);
        assertTrue(msg.isVisible() && msg.getText().startsWith("“0.3.6” is not a number"), msg.getText());
        assertTrue(field.getStyleClass().contains("invalid"));
        assertEquals("", text("#guide-feedback"));
        assertTrue(msg.getBoundsInParent().getMinY() >= field.getParent().getBoundsInParent().getMaxY(),
                "the message is under the field's row");
        // Esc clears what was typed and the message
        type(KeyCode.ESCAPE);
        assertEquals("", field.getText());
        assertFalse(msg.isVisible());
        assertFalse(field.getStyleClass().contains("invalid"));
        // leaving the field checks nothing: only Enter or Check counts an answer
        clickOn("#guide-answer").write("0.5");
        clickOn("#guide-title");
        assertEquals("", text("#guide-feedback"), "leaving the field gave a verdict");
        assertEquals("0.5", field.getText(), "what was typed is kept");
        clickOn("#guide-check");
        assertTrue(text("#guide-feedback").startsWith("✘ Not yet. A hint:"), text("#guide-feedback"));
        // a minus sign and a decimal comma are read: −0,5 is a number (and far from the answer)
        clickOn("#guide-answer").eraseText(3).write("−0,5").type(KeyCode.ENTER);
        assertFalse(msg.isVisible(), msg.getText());
        assertTrue(text("#guide-feedback").contains("The answer is 0.368"), text("#guide-feedback"));
    }

    @Test
    void withTheLossesHiddenTheGuideQuotesNoLossValue() {
        openAt(indexOf("confident-right"));
        assertTrue(lookup("#guide-notice").queryAs(celab.view.MarkdownText.class).plainText().contains("0.357"));
        type(KeyCode.F2);
        String notice = lookup("#guide-notice").queryAs(celab.view.MarkdownText.class).plainText();
        assertFalse(notice.contains("0.357"), notice);
        assertTrue(notice.contains("At 0.7 it is (hidden)"), notice);
        type(KeyCode.F2);
        assertTrue(lookup("#guide-notice").queryAs(celab.view.MarkdownText.class).plainText().contains("0.357"));
    }

    @Test
    void shuffledOptionsKeepTheRightAnswerChecked() {
        int step = indexOf("review-targets");
        openAt(step);
        GuideStep s = window.guidePanel().steps().get(step);
        int correct = ((Lesson.Choice) s.question()).correct();
        RadioButton right = null;
        for (int pos = 0; pos < 3; pos++) {
            RadioButton r = lookup("#guide-option-" + pos).queryAs(RadioButton.class);
            if ((int) r.getUserData() == correct) {
                right = r;
            }
        }
        assertNotNull(right);
        clickOn(right);
        clickOn("#guide-check");
        assertTrue(text("#guide-feedback").startsWith("✔"), text("#guide-feedback"));
        assertTrue(lab.guide().completed().contains("review-targets"));
    }

    @Test
    void theOverviewMarksDoneStepsAndJumpsToOne() {
        interact(() -> lab.guide().complete("formula-shortcut"));
        openAt(0);
        clickOn("#guide-overview-toggle");
        assertTrue(lookup("#guide-goto-0").queryButton().getText().startsWith("✔"));
        assertTrue(lookup("#guide-goto-1").queryButton().getText().startsWith("○"));
        javafx.scene.control.Button goTo = lookup("#guide-goto-12").queryButton();
        interact(() -> scrollIntoView(goTo)); // the overview of 29 steps is longer than the panel: a person scrolls
        clickOn(goTo);
        assertEquals(12, lab.guide().stepProperty().get());
        assertEquals("batch", window.current().id());
    }

    @Test
    void theLastStepLeadsToASummaryOfWhatIsLeft() {
        interact(() -> lab.guide().complete("formula-shortcut"));
        openAt(window.guidePanel().steps().size() - 1);
        assertEquals("Finish ▶", lookup("#guide-next").queryButton().getText());
        clickOn("#guide-next");
        assertEquals("End of the lesson", text("#guide-summary"));
        int total = (int) window.guidePanel().steps().stream().filter(GuideStep::solvable).count();
        assertEquals("You solved 1 of the " + total + " tasks and questions.", text("#guide-summary-score"));
        assertNotNull(lookup("#guide-goto-1").tryQuery().orElse(null), "an unsolved step is offered");
        assertNull(lookup("#guide-goto-0").tryQuery().orElse(null), "a solved one is not");
    }

    @Test
    void resetProgressStartsFreshWithoutOldAnswers() {
        int step = indexOf("batch-mean");
        openAt(step);
        clickOn("#guide-answer").write("0.3851").type(KeyCode.ENTER);
        assertTrue(lab.guide().completed().contains("batch-mean"));
        type(KeyCode.PAGE_DOWN);
        type(KeyCode.PAGE_UP);
        assertEquals("", lookup("#guide-answer").queryAs(TextField.class).getText(), "no old answer filled in");
        clickOn("#guide-reset");
        assertTrue(lab.guide().completed().isEmpty());
        assertTrue(lab.guide().answers().isEmpty());
        assertEquals(0, lab.guide().stepProperty().get());
        assertEquals("explorer", window.current().id());
    }

    @Test
    void theGuideReopensWhereTheLearnerLeftIt() throws Exception {
        openAt(5);
        interact(() -> lab.guide().complete("formula-shortcut"));
        ProgressStore.Progress saved = new ProgressStore(progressFile).load();
        assertEquals(5, saved.step());
        assertTrue(saved.open());
        assertTrue(saved.completed().contains("formula-shortcut"));
        Lab next = new Lab();
        LabWindow[] w = new LabWindow[1];
        interact(() -> {
            w[0] = new LabWindow(next, new Theme());
            w[0].files().rememberProgress(new ProgressStore(progressFile));
        });
        assertTrue(next.guide().openProperty().get(), "the guide is open again");
        assertEquals(5, next.guide().stepProperty().get());
        assertEquals(window.guidePanel().steps().get(5).screen(), w[0].current().id());
        assertTrue(next.guide().completed().contains("formula-shortcut"));
    }

    private String idOfFocus() {
        Node n = window.root().getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }

    /** Scrolls the nearest scroll pane around {@code n} so that {@code n} is in its middle. */
    private static void scrollIntoView(javafx.scene.Node n) {
        for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                javafx.scene.Node content = sp.getContent();
                double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                if (room > 0) {
                    sp.setVvalue(Math.max(0, Math.min(1, (y - sp.getViewportBounds().getHeight() / 2) / room)));
                }
                return;
            }
        }
    }
}
