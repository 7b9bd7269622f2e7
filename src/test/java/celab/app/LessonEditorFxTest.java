package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.ProgressStore;
import celab.io.lesson.GoalKind;
import celab.io.lesson.Lesson;
import celab.io.lesson.LessonFile;
import celab.model.Lab;
import celab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A teacher makes a three-step lesson in the app, without a text editor, and a learner runs it. */
class LessonEditorFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;
    private Path dir;

    @Override
    public void start(Stage stage) throws Exception {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        dir = Files.createTempDirectory("editor");
        window.files().rememberProgress(new ProgressStore(dir.resolve("progress.json")));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    /** Focuses a field (the panel scrolls, so it may be out of view for a click) and types into it. */
    private void replace(String id, String text) {
        interact(() -> {
            var field = lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
            field.clear();
            field.requestFocus();
        });
        write(text);
    }

    /** The editor's own screen chooser (the screen list makes room for the editor). */
    @SuppressWarnings("unchecked")
    private void chooseScreen(String id) {
        interact(() -> lookup("#editor-screen").queryAs(ComboBox.class).setValue(
                window.screens().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()));
        assertEquals(id, window.current().id());
    }

    @SuppressWarnings("unchecked")
    private void chooseGoal(String goal) {
        interact(() -> lookup("#editor-goal").queryAs(ComboBox.class).setValue(goal));
    }

    @Test
    void aTeacherMakesAThreeStepLessonWithoutATextEditor() throws Exception {
        interact(window.lessons()::openEditor);
        replace("#editor-title", "My first lesson");
        replace("#editor-author", "Ms Example");

        chooseScreen("explorer");
        interact(() -> lab.explorer().row().setProbability(0, 0.6));
        clickOn("#editor-add");
        replace("#editor-step-title", "Push the loss down");
        replace("#editor-text", "The loss is *−log p*.");
        chooseGoal("loss-below");
        replace("#editor-task-text", "Get the loss below 0.2.");
        replace("#editor-param-of", "explorer");
        replace("#editor-param-value", "0,2");
        replace("#editor-hints", "Drag dog to the right.");

        chooseScreen("batch");
        clickOn("#editor-add");
        replace("#editor-step-title", "A batch");
        chooseGoal("batch-mean-below");
        replace("#editor-param-value", "0.3");

        chooseScreen("accuracy");
        clickOn("#editor-add");
        replace("#editor-step-title", "A against B");
        interact(() -> lookup("#editor-hide-simplex-hint").query().requestFocus());
        type(javafx.scene.input.KeyCode.SPACE);

        // the last step first: select it and move it up twice
        interact(() -> lookup("#editor-steps").queryAs(ListView.class).getSelectionModel().select(2));
        clickOn("#editor-up");
        clickOn("#editor-up");

        Path file = dir.resolve("mine" + LessonFile.EXTENSION);
        boolean[] saved = new boolean[1];
        interact(() -> saved[0] = window.lessons().editor().save(file));
        assertTrue(saved[0], lookup("#editor-problems").queryAs(Label.class).getText() + "\n"
                + lookup("#editor-steps").queryAs(ListView.class).getItems());

        Lesson lesson = LessonFile.read(file);
        assertEquals("My first lesson", lesson.title());
        assertEquals("Ms Example", lesson.author());
        assertEquals(List.of("A against B", "Push the loss down", "A batch"),
                lesson.steps().stream().map(Lesson.Step::title).toList());
        assertEquals(List.of("accuracy", "explorer", "batch"), lesson.steps().stream().map(Lesson.Step::screen).toList());
        Lesson.Step push = lesson.steps().get(1);
        assertEquals("The loss is *−log p*.", push.text());
        assertEquals(List.of("Drag dog to the right."), push.hints());
        assertEquals(new Lesson.Goal(GoalKind.LOSS_BELOW, Map.of("of", "explorer", "value", 0.2)),
                push.task().goals().get(0));
        assertEquals(0.6, push.state().get("explorer").get("prediction").get(0).asDouble(), 1e-12,
                "the step recorded the values on screen");
        assertEquals(List.of("simplex-hint"), lesson.steps().get(0).hidden());
        assertNull(lesson.steps().get(0).task());

        // a learner opens it: step 2's task starts unsolved on the recorded state and is solved by doing it
        interact(() -> assertNull(window.lessons().openLessonFile(file)));
        assertTrue(lookup("#simplex-hint").tryQuery().map(n -> !n.isVisible()).orElse(false));
        interact(() -> window.guidePanel().go(1));
        assertEquals(0.6, lab.explorer().row().getPrediction().get(0), 1e-12);
        assertFalse(lab.guide().completed().contains(push.id()));
        interact(() -> lab.explorer().row().setProbability(0, 0.9));
        assertTrue(lab.guide().completed().contains(push.id()));
    }

    @Test
    void anIncompleteLessonIsNotSavedAndSaysWhatIsMissing() throws Exception {
        interact(window.lessons()::openEditor);
        clickOn("#editor-add");
        Path file = dir.resolve("incomplete" + LessonFile.EXTENSION);
        boolean[] saved = new boolean[1];
        interact(() -> saved[0] = window.lessons().editor().save(file));
        assertFalse(saved[0]);
        assertFalse(Files.exists(file), "nothing is written");
        String problems = lookup("#editor-problems").queryAs(Label.class).getText();
        assertTrue(problems.contains("\"title\" must be a text") || problems.contains("title"), problems);
    }
}
