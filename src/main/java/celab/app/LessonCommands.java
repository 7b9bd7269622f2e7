package celab.app;

import celab.io.lesson.Lesson;
import celab.io.lesson.LessonException;
import celab.io.lesson.LessonFile;
import celab.lesson.GuideStep;
import celab.lesson.Lessons;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;

/**
 * Lesson commands: run a built-in lesson or a lesson file in the guide panel, reopen the lesson a
 * learner left, and open the lesson editor. A damaged file is reported in the banner with its
 * file:line:column and the lesson running before stays.
 */
public final class LessonCommands {
    private final LabWindow window;
    private LessonEditor editor;

    LessonCommands(LabWindow window) {
        this.window = window;
    }

    /** Runs a built-in lesson in the guide panel. */
    public void openLesson(Lessons.BuiltIn lesson) {
        start(lesson.key(), lesson.title(), Lessons.steps(lesson));
    }

    /**
     * Opens a lesson file in the guide panel.
     *
     * @return null on success, else the message shown
     */
    public String openLessonFile(Path file) {
        try {
            Lesson lesson = LessonFile.read(file);
            String name = file.getFileName().toString();
            start("file:" + file.toAbsolutePath(), lesson.title(), Lessons.steps(name, lesson));
            window.setStatus("Opened the lesson “" + lesson.title() + "” by " + lesson.author() + ".");
            return null;
        } catch (LessonException e) {
            List<String> lines = e.problems();
            String shown = lines.size() <= 3 ? String.join("\n", lines)
                    : String.join("\n", lines.subList(0, 3)) + "\n… and " + (lines.size() - 3) + " more"
                      + " (./run.sh check-lesson lists them all)";
            window.showError("Could not open the lesson", shown);
            return e.getMessage();
        }
    }

    /** Asks for a lesson file and opens it. */
    public void openLessonInteractive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open lesson");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Cross-Entropy Lab lesson", "*" + LessonFile.EXTENSION),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File f = chooser.showOpenDialog(window.owner());
        if (f != null) {
            openLessonFile(f.toPath());
        }
    }

    /** Opens the lesson editor beside the screen (the guide closes: the teacher chooses the screens). */
    public void openEditor() {
        if (editor == null) {
            editor = new LessonEditor(window);
        }
        window.lab().guide().openProperty().set(false);
        window.setSide(editor);
    }

    public void closeEditor() {
        window.setSide(null);
    }

    /** The editor, or null before it was first opened. */
    LessonEditor editor() {
        return editor;
    }

    /** Runs the editor's lesson in the guide, as a learner would see it. */
    void runDraft(Lesson lesson, List<GuideStep> steps) {
        closeEditor();
        start("draft:" + System.nanoTime(), lesson.title(), steps);
        window.setStatus("Trying “" + lesson.title() + "”: File ▸ Write a lesson… goes back to the editor.");
    }

    /**
     * Loads the lesson a saved progress belongs to, quietly, without opening the guide.
     *
     * @return false if it is gone or broken (the guided path is used instead)
     */
    boolean reopen(String key) {
        try {
            if (key.startsWith("file:")) {
                Path file = Path.of(key.substring("file:".length()));
                Lesson lesson = LessonFile.read(file);
                window.guidePanel().setLesson(lesson.title(), Lessons.steps(file.getFileName().toString(), lesson));
                return true;
            }
            for (Lessons.BuiltIn b : Lessons.BUILT_IN) {
                if (b.key().equals(key)) {
                    window.guidePanel().setLesson(b.title(), Lessons.steps(b));
                    return true;
                }
            }
        } catch (LessonException | RuntimeException e) {
            window.setStatus("The last lesson could not be reopened (" + e.getMessage() + "); the guided path is ready.");
        }
        return false;
    }

    private void start(String key, String title, List<GuideStep> steps) {
        window.hideError();
        var progress = window.lab().guide();
        if (!key.equals(progress.lessonProperty().get())) {
            progress.clear();
            progress.lessonProperty().set(key);
        }
        window.guidePanel().setLesson(title, steps);
        if (progress.openProperty().get()) {
            window.guidePanel().enter();
        } else {
            progress.openProperty().set(true);
        }
    }
}
