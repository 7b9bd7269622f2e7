package celab.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped step round-trips through the format; writing is atomic and readable again. */
class LessonFileTest {

    private static List<Path> shipped() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("assets/lessons"))) {
            return s.filter(p -> p.toString().endsWith(LessonFile.EXTENSION)).sorted().toList();
        }
    }

    @Test
    void everyShippedStepRoundTripsThroughTheFormat() throws Exception {
        int steps = 0;
        for (Path file : shipped()) {
            Lesson lesson = LessonFile.read(file);
            for (Lesson.Step step : lesson.steps()) {
                Lesson one = new Lesson(lesson.title(), lesson.author(), List.of(step));
                Lesson back = LessonFile.parse("round-trip", LessonFile.toJson(one));
                assertEquals(one, back, file.getFileName() + ", step " + step.id());
                steps++;
            }
            assertEquals(lesson, LessonFile.parse("round-trip", LessonFile.toJson(lesson)), file.toString());
        }
        assertTrue(steps >= 29 + 6 + 5, "all shipped steps were checked: " + steps);
    }

    @Test
    void writingIsAtomicAndReadsBack(@TempDir Path dir) throws Exception {
        Lesson lesson = LessonFile.read(Path.of("src/test/resources/lessons/good.celab-lesson.json"));
        Path file = dir.resolve("mine" + LessonFile.EXTENSION);
        LessonFile.write(file, lesson);
        assertEquals(lesson, LessonFile.read(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPlace() {
        String text = """
                {"format": "cross-entropy-lab-lesson", "version": 1, "title": "t", "author": "a",
                 "steps": [{"id": "x", "title": "t", "screen": "nowhere", "text": "t"},
                           {"id": "x", "title": "t", "screen": "batch", "text": "t", "mystery": ["losses"]}]}
                """;
        LessonException e = assertThrows(LessonException.class, () -> LessonFile.parse("l.json", text));
        assertEquals(List.of(
                "l.json:2:48: step 1: there is no screen \"nowhere\"; screens are explorer, accuracy,"
                        + " batch, clipping, logits, information, spiral, data",
                "l.json:3:81: step 2: mystery values are revealed when the step is solved, so the step needs a task"
                        + " or a question",
                "l.json:3:19: step 2: the id \"x\" is used twice"), e.problems());
    }

    @Test
    void theDocumentedExampleIsAValidLessonAndEveryGoalIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/lesson-format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        Lesson example = LessonFile.parse("lesson-format.md", doc.substring(start, doc.indexOf("```", start)));
        assertEquals(3, example.steps().size());
        for (GoalKind k : GoalKind.values()) {
            assertTrue(doc.contains("| `" + k.id() + "` |"), k.id() + " is in the goal table");
        }
    }

    @Test
    void theCatalogueNamesAreStableAndUnique() {
        assertEquals(GoalKind.values().length,
                Stream.of(GoalKind.values()).map(GoalKind::id).distinct().count());
        assertEquals(GoalKind.LOSS_BELOW, GoalKind.byId("loss-below").orElseThrow());
        assertTrue(GoalKind.byId("loss-bellow").isEmpty());
    }
}
