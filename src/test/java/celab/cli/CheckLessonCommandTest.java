package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code check-lesson} on every shipped lesson, and on one bad file per kind of mistake. */
class CheckLessonCommandTest {

    private static final Path BAD = Path.of("src/test/resources/lessons/bad");

    static Stream<Path> shippedLessons() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("assets/lessons"))) {
            files = s.filter(p -> p.toString().endsWith(".celab-lesson.json")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "the guided path, the classroom demo and the quiz are shipped");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedLessons")
    void everyShippedLessonPasses(Path file) {
        CliRun run = CliRun.of("check-lesson", file.toString());
        assertEquals("", run.err());
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith(file + ": ok, "), run.out());
    }

    /** file, then the expected "line:column: message start". */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed-json", "10:7: the JSON is cut off or malformed"),
                Arguments.of("not-a-lesson", "1:1: not a Cross-Entropy Lab lesson"),
                Arguments.of("wrong-version", "3:14: format version 7 is not supported"),
                Arguments.of("missing-field", "16:5: \"title\" is missing"),
                Arguments.of("unknown-field", "14:48: unknown field \"colour\""),
                Arguments.of("unknown-screen", "19:17: step 2: there is no screen \"clip\""),
                Arguments.of("unknown-goal", "13:62: there is no goal \"loss-bellow\""),
                Arguments.of("goal-value-out-of-range", "13:103: loss-below: \"value\" is -1, outside [0, 1000000]"),
                Arguments.of("goal-value-wrong-type", "13:103: loss-below: \"value\" must be a number"),
                Arguments.of("goal-missing-parameter", "13:53: loss-below: \"value\" is missing"),
                Arguments.of("goal-bad-choice", "13:82: loss-below: \"of\" must be one of explorer, A, B"),
                Arguments.of("choice-answer-out-of-range", "21:97: \"answer\" must be the index of the right option"),
                Arguments.of("tolerance-finer-than-decimals", "21:92: \"tolerance\" 0.0001 is finer than the 2 decimals"),
                Arguments.of("duplicate-step-id", "17:13: step 2: the id \"one\" is used twice"),
                Arguments.of("state-does-not-sum-to-one", "11:44: the probabilities sum to 1.10000, not 1"),
                Arguments.of("state-target-out-of-range", "11:71: target must be a whole number in [0, 3)"),
                Arguments.of("state-unknown-part", "11:30: unknown field \"explorers\""),
                Arguments.of("bad-mystery", "14:50: step 1: \"probabilities\" is not a kind of mystery value"),
                Arguments.of("bad-control-id", "14:49: \"#reset\" is not a control id"),
                Arguments.of("task-and-question", "14:50: step 1: a step has a task or a question, not both"),
                Arguments.of("no-steps", "6:12: \"steps\" must be a list of at least one step"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileExitsTwoNamingLineAndColumn(String name, String expected) {
        Path file = BAD.resolve(name + ".celab-lesson.json");
        CliRun run = CliRun.of("check-lesson", file.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        String line = run.errorLine();
        assertTrue(line.startsWith(file + ":" + expected), line);
    }

    @Test
    void everyBadFileIsCovered() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            assertEquals(badFiles().count(), s.count(), "one test case per file in " + BAD);
        }
    }

    @Test
    void aGoodAndABadFileTogetherStillExitTwo() {
        CliRun run = CliRun.of("check-lesson", "src/test/resources/lessons/good.celab-lesson.json",
                BAD.resolve("unknown-goal.celab-lesson.json").toString());
        assertEquals(2, run.status());
        assertTrue(run.out().contains("good.celab-lesson.json: ok"), run.out());
    }

    @Test
    void noFileOrAMissingFileIsABadInput() {
        assertEquals(2, CliRun.of("check-lesson").status());
        CliRun missing = CliRun.of("check-lesson", "nowhere.celab-lesson.json");
        assertEquals(2, missing.status());
        assertEquals("nowhere.celab-lesson.json: no such file", missing.errorLine());
    }
}
