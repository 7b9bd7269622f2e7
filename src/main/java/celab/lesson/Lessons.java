package celab.lesson;

import celab.io.lesson.Lesson;
import celab.io.lesson.LessonException;
import celab.io.lesson.LessonFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons shipped with the app (in {@code assets/lessons/}, bundled as resources) and the
 * step list of any lesson. Built-in lessons are read by the same code as a teacher's file.
 */
public final class Lessons {

    /** A lesson shipped with the app. */
    public record BuiltIn(String file, String title) {
        /** The key progress is saved under. */
        public String key() {
            return "builtin:" + file;
        }
    }

    public static final BuiltIn GUIDED_PATH = new BuiltIn("guided-path.celab-lesson.json",
            "Guided path: cross-entropy step by step");
    public static final List<BuiltIn> BUILT_IN = List.of(GUIDED_PATH,
            new BuiltIn("classroom-demo.celab-lesson.json", "Ten-minute classroom demo"),
            new BuiltIn("quiz.celab-lesson.json", "Short quiz with mystery values"));

    private Lessons() {
    }

    /** Reads a built-in lesson; a broken one is the app's bug, so it fails loudly. */
    public static Lesson load(BuiltIn lesson) {
        try (InputStream in = Lessons.class.getResourceAsStream("/celab/lessons/" + lesson.file())) {
            if (in == null) {
                throw new IllegalStateException(lesson.file() + " is missing from the app");
            }
            return LessonFile.parse(lesson.file(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | LessonException e) {
            throw new IllegalStateException("built-in lesson " + lesson.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The runnable steps of a lesson; each step's state is tried on a scratch lab first.
     *
     * @throws LessonException naming the step whose state the lab refuses
     */
    public static List<GuideStep> steps(String name, Lesson lesson) throws LessonException {
        List<GuideStep> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            try {
                out.add(new GuideStep(lesson.steps().get(i)));
            } catch (IllegalArgumentException e) {
                problems.add(name + ": step " + (i + 1) + " (\"" + lesson.steps().get(i).id() + "\"): "
                        + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new LessonException(problems);
        }
        return List.copyOf(out);
    }

    /** The steps of a built-in lesson. */
    public static List<GuideStep> steps(BuiltIn lesson) {
        try {
            return steps(lesson.file(), load(lesson));
        } catch (LessonException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
