package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.ProgressStore;
import celab.lesson.GuideStep;
import celab.lesson.Lessons;
import celab.model.Lab;
import celab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Lessons from files in the window: hidden and locked controls, mystery values, damaged files, keyboard. */
class LessonFileFxTest extends ApplicationTest {
    private static final List<String> SCREENS = List.of("explorer", "accuracy", "information", "batch", "clipping", "logits",
            "spiral");
    private Lab lab;
    private LabWindow window;
    private Path dir;

    @Override
    public void start(Stage stage) throws Exception {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        dir = Files.createTempDirectory("lessons");
        window.files().rememberProgress(new ProgressStore(dir.resolve("progress.json")));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    private Path lesson(String name, String steps) throws Exception {
        Path file = dir.resolve(name + ".celab-lesson.json");
        Files.writeString(file, "{\"format\": \"cross-entropy-lab-lesson\", \"version\": 1, \"title\": \"Test lesson\","
                + " \"author\": \"a test\", \"steps\": [" + steps + "]}");
        return file;
    }

    private static String question(String id, String screen, String extra) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + id + "\", \"screen\": \"" + screen + "\", \"state\": {},"
                + " \"text\": \"Look.\", \"question\": {\"kind\": \"choice\", \"prompt\": \"Which?\","
                + " \"options\": [\"yes\", \"no\"], \"answer\": 0, \"hint\": \"h\", \"explanation\": \"e\"}" + extra + "}";
    }

    private void open(Path file) {
        String[] problem = new String[1];
        interact(() -> problem[0] = window.lessons().openLessonFile(file));
        assertNull(problem[0]);
    }

    private String idOfFocus() {
        Node n = window.root().getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }

    @Test
    void hiddenControlsAreGoneFromTheScreenAndTheTabOrderAndComeBackAfterTheStep() throws Exception {
        open(lesson("hide", question("q", "explorer", ", \"hidden\": [\"prob-1\", \"reset\"], \"locked\": [\"prob-2\"]")
                + ", " + question("r", "explorer", "")));
        Node slider = lookup("#prob-1").query();
        assertFalse(slider.isVisible());
        assertFalse(slider.isManaged());
        assertFalse(lookup("#reset").query().isVisible());
        assertTrue(lookup("#prob-2").query().isDisabled(), "a locked control is disabled");
        List<String> reached = new ArrayList<>();
        interact(() -> lookup("#guide-next").query().requestFocus());
        for (int i = 0; i < 80; i++) {
            type(KeyCode.TAB);
            reached.add(idOfFocus());
        }
        assertTrue(reached.contains("prob-0"), "Tab still reaches the other sliders: " + reached);
        assertFalse(reached.contains("prob-1"), "Tab skips the hidden slider");
        assertFalse(reached.contains("reset"), "Tab skips the hidden button");
        assertFalse(reached.contains("prob-2"), "Tab skips the locked slider");
        type(KeyCode.PAGE_DOWN);
        assertTrue(lookup("#prob-1").query().isVisible(), "the next step shows it again");
        assertTrue(lookup("#prob-1").query().isManaged());
        assertFalse(lookup("#prob-2").query().isDisabled());
    }

    /** Every text on the screen (labels, texts, fields), in scene order. */
    private List<String> screenTexts() {
        List<String> out = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> collect(lookup(".screen-scroll").query(), out));
        return out;
    }

    private static void collect(Node n, List<String> out) {
        // a slider's tick axis (ε's 1e-15 … 1e-3) holds no loss, and while it relays out after the
        // guide narrows the screen its old and new tick labels can both be shown for a moment
        if (!n.isVisible() || n instanceof javafx.scene.chart.Axis<?>) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l.getText()); // its skin's Text may be cut to "…" when space is short; the value is what counts
            return;
        } else if (n instanceof Text t) {
            out.add(t.getText());
        } else if (n instanceof TextInputControl t) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void mysteryValuesAreHiddenWhereverPredictThenRevealHidesThemUntilSolved() throws Exception {
        StringBuilder steps = new StringBuilder();
        for (String s : SCREENS) {
            steps.append(steps.isEmpty() ? "" : ", ").append(question("m-" + s, s, ", \"mystery\": [\"losses\"]"));
        }
        Path file = lesson("mystery", steps.toString());
        for (int k = 0; k < SCREENS.size(); k++) {
            int step = k;
            // predict-then-reveal (F2) on the same screen and state
            interact(() -> {
                lab.guide().openProperty().set(false);
                lab.restore(new Lab().snapshot());
                window.show(SCREENS.get(step));
                lab.numbersHiddenProperty().set(true);
            });
            List<String> f2 = screenTexts();
            interact(() -> lab.numbersHiddenProperty().set(false));
            List<String> shown = screenTexts();
            open(file);
            interact(() -> window.guidePanel().go(step));
            assertEquals(SCREENS.get(step), window.current().id());
            List<String> mystery = screenTexts();
            assertEquals(f2, mystery, SCREENS.get(step) + ": the same values are hidden as with F2");
            assertTrue(mystery.contains("?") || mystery.stream().anyMatch(t -> t.contains("?")),
                    SCREENS.get(step) + " shows ? for its losses");
            type(KeyCode.F2);
            assertTrue(lab.numbersHiddenProperty().get(), "F2 cannot reveal a mystery value");
            clickOn(lookup("#guide-option-0").queryAs(javafx.scene.control.RadioButton.class).getUserData().equals(0)
                    ? "#guide-option-0" : "#guide-option-1");
            clickOn("#guide-check");
            assertEquals(shown, screenTexts(), SCREENS.get(step) + ": solving reveals every value");
        }
    }

    @Test
    void aLessonReopenedBeforeTheWindowIsShownStillHidesItsControls() throws Exception {
        Path progress = dir.resolve("reopen.json");
        Files.writeString(progress, "{\"version\": 1, \"lesson\": \"builtin:classroom-demo.celab-lesson.json\","
                + " \"step\": 0, \"completed\": [], \"answers\": {}, \"open\": true}");
        LabWindow[] w = new LabWindow[1];
        Stage[] stage = new Stage[1];
        interact(() -> {
            w[0] = new LabWindow(new Lab(), new Theme());
            w[0].files().rememberProgress(new ProgressStore(progress));
            stage[0] = new Stage();
            stage[0].setScene(w[0].createScene(1280, 800));
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals("accuracy", w[0].current().id());
            Node puzzles = w[0].root().lookup("#ab-puzzles");
            assertNotNull(puzzles);
            assertFalse(puzzles.isVisible(), "the demo's first step hides the puzzles card");
            assertTrue(w[0].lab().numbersHiddenProperty().get(), "and keeps its losses a mystery");
        } finally {
            interact(() -> stage[0].close());
        }
    }

    @Test
    void aDamagedLessonFileGivesABannerWithLineAndColumnAndChangesNothing() throws Exception {
        int before = window.guidePanel().steps().size();
        Path file = dir.resolve("broken.celab-lesson.json");
        Files.writeString(file, "{\"format\": \"cross-entropy-lab-lesson\", \"version\": 1,\n  \"title\": \"x\",\n"
                + "  \"steps\": [{\"id\": \"a\", \"screen\": \"explorer\"");
        interact(() -> window.lessons().openLessonFile(file));
        String banner = window.errorMessage();
        assertNotNull(banner);
        assertTrue(banner.startsWith("Could not open the lesson: broken.celab-lesson.json:3:"), banner);
        assertEquals(before, window.guidePanel().steps().size(), "the lesson running before is kept");
        assertFalse(lab.guide().openProperty().get());
    }

    @Test
    void theQuizIsWalkedThroughWithTheKeyboardAlone() {
        interact(() -> window.lessons().openLesson(Lessons.BUILT_IN.get(2)));
        List<GuideStep> steps = window.guidePanel().steps();
        for (int k = 0; k < steps.size(); k++) {
            GuideStep s = steps.get(k);
            assertEquals(s.title(), lookup("#guide-title").queryAs(Label.class).getText());
            assertTrue(lab.numbersHiddenProperty().get(), s.id() + " hides its losses");
            String target = s.question() instanceof celab.io.lesson.Lesson.Numeric ? "guide-answer" : "guide-option-";
            for (int i = 0; i < 120 && (idOfFocus() == null || !idOfFocus().startsWith(target)); i++) {
                type(KeyCode.TAB);
            }
            assertTrue(idOfFocus() != null && idOfFocus().startsWith(target), s.id() + ": Tab reaches " + target);
            if (s.question() instanceof celab.io.lesson.Lesson.Numeric n) {
                write(celab.lesson.Question.format(n.answer(), n.decimals()).replace('−', '-')).type(KeyCode.ENTER);
            } else {
                int correct = ((celab.io.lesson.Lesson.Choice) s.question()).correct();
                // arrow keys move the choice within the group until the right one is selected
                for (int i = 0; i < 4 && !(window.root().getScene().getFocusOwner().getUserData() instanceof Integer u
                        && u == correct); i++) {
                    type(KeyCode.DOWN);
                }
                type(KeyCode.SPACE);
                for (int i = 0; i < 10 && !"guide-check".equals(idOfFocus()); i++) {
                    type(KeyCode.TAB);
                }
                type(KeyCode.SPACE);
            }
            assertTrue(lab.guide().completed().contains(s.id()), s.id() + " solved by keyboard: "
                    + lookup("#guide-feedback").queryAs(Label.class).getText());
            assertFalse(lab.numbersHiddenProperty().get(), s.id() + " reveals its losses once solved");
            type(KeyCode.PAGE_DOWN);
        }
        assertEquals("Well done: the lesson is complete.", lookup("#guide-summary").queryAs(Label.class).getText());
    }

    @Test
    void everyControlAShippedLessonHidesOrLocksIsOnItsScreen() {
        for (Lessons.BuiltIn b : Lessons.BUILT_IN) {
            interact(() -> window.lessons().openLesson(b));
            List<GuideStep> steps = window.guidePanel().steps();
            for (int k = 0; k < steps.size(); k++) {
                int step = k;
                interact(() -> window.guidePanel().go(step));
                for (String id : steps.get(k).spec().hidden()) {
                    Node n = lookup("#" + id).tryQuery().orElse(null);
                    assertNotNull(n, b.file() + ", " + steps.get(k).id() + ": #" + id + " exists");
                    assertFalse(n.isVisible(), b.file() + ", " + steps.get(k).id() + ": #" + id + " is hidden");
                }
            }
        }
    }
}
