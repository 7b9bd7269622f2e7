package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input exits with status 2, prints nothing on stdout and exactly one line on
 * stderr naming the file, the 1-based physical line (blank lines count) and, where it applies,
 * the 1-based column. {P} and {T} stand for the predictions and targets files.
 */
class LossBadInputTest {

    static final String SEEDS = "0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n";
    static final String TARGETS = "0\n1\n1\n";

    @TempDir
    Path dir;

    static List<Arguments> badFiles() {
        return List.of(
            bad(SEEDS, "0\n\n1\n3\n", "{T}:4:1: class index 3 is out of range [0, 3)"),
            bad(SEEDS, "0\n-1\n1\n", "{T}:2:1: class index -1 is negative; classes are numbered from 0"),
            bad(SEEDS, "0\n1\n\n0.5\n", "{T}:4:1: class index 0.5 is not a whole number"),
            bad(SEEDS, "0\nNaN\n1\n", "{T}:2:1: class index is NaN (not a number)"),
            bad(SEEDS, "0\none\n1\n", "{T}:2:1: 'one' is not a number"),
            bad(SEEDS, "1,0,0\n\n0,0,0\n0,1,0\n", "{T}:3: one-hot row has no 1"),
            bad(SEEDS, "1,0,0\n0,1,1\n0,1,0\n", "{T}:2: one-hot row has 2 ones; exactly one class can be true"),
            bad(SEEDS, "0.5,0.2,0.2\n0,1,0\n0,1,0\n", "{T}:1: soft-label row sums to 0.900000, not 1"),
            bad(SEEDS, "1,0,0\n0.5,-0.5,1\n0,1,0\n", "{T}:2:2: label -0.5 is negative"),
            bad(SEEDS, "1,0\n0,1\n0,1\n", "{T}:1: row has 2 values; expected 1 class index or 3 label values"),
            bad(SEEDS, "0\n1\n", "{T}: predictions have 3 rows but targets have 2"),
            bad(SEEDS, "0\n1\n\n1\n2\n", "{T}:5: predictions have 3 rows but targets have 4"),
            bad(SEEDS, "0\n1\n1,2\n", "{T}:3:2: row has 2 values, expected 1 like line 1"),
            bad(SEEDS, "", "{T}: the file is empty: expected one sample per line"),
            bad("0.7,0.1,0.2\n\n0.1,x,0.4\n0.02,0.9,0.08\n", TARGETS, "{P}:3:2: 'x' is not a number"),
            bad("0.7,0.1,0.2\n\n0.1,0.4\n0.02,0.9,0.08\n", TARGETS, "{P}:3:3: row has 2 values, expected 3 like line 1"),
            bad("0.7,0.1,0.2\n\n0.1,0.5,0.4,0\n", TARGETS, "{P}:3:4: row has 4 values, expected 3 like line 1"),
            bad("0.7,0.1,0.2\n0.1,0.5,0.4\n\n0.02,-0.5,0.08\n", TARGETS, "{P}:4:2: probability -0.5 is below 0"),
            bad("0.7,0.1,1.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n", TARGETS, "{P}:1:3: probability 1.2 is above 1"),
            bad("0.7,0.1,0.2\nnan,0.5,0.4\n0.02,0.9,0.08\n", TARGETS, "{P}:2:1: probability is NaN (not a number)"),
            bad("1\n1\n1\n", TARGETS, "{P}:1: need at least 2 classes, found 1"),
            bad("", TARGETS, "{P}: the file is empty: expected one sample per line"),
            bad("\n\n", TARGETS, "{P}: the file is empty: expected one sample per line"),
            bad("0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n", "0\n1\n3\n",
                    "{T}:3:1: class index 3 is out of range [0, 3)", "--no-clip"),
            bad("1,2,3\n\n4,inf,6\n7,8,9\n", TARGETS, "{P}:3:2: logit is Infinity; it must be finite", "--logits"),
            bad("1,2,3\n4,5,6\n7,8,9\n", "0\n1\n\n5\n", "{T}:4:1: class index 5 is out of range [0, 3)", "--logits"));
    }

    private static Arguments bad(String predictions, String targets, String message, String... extra) {
        return Arguments.of(predictions, targets, message, extra);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badFiles")
    void badFileContentNamesFileLineAndColumn(String predictions, String targets, String message,
                                               String[] extra) throws IOException {
        Path p = dir.resolve("predictions.csv");
        Path t = dir.resolve("targets.csv");
        Files.writeString(p, predictions);
        Files.writeString(t, targets);
        List<String> args = new ArrayList<>(List.of("loss", "--predictions", p.toString(), "--targets", t.toString()));
        args.addAll(Arrays.asList(extra));
        for (boolean json : new boolean[] {false, true}) {
            if (json) {
                args.add("--json");
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.status());
            assertEquals("", run.out());
            assertEquals(message.replace("{P}", p.toString()).replace("{T}", t.toString()), run.errorLine());
        }
    }

    @Test
    void missingFile() throws IOException {
        Path t = Files.writeString(dir.resolve("targets.csv"), TARGETS);
        String missing = dir.resolve("missing.csv").toString();
        CliRun run = CliRun.of("loss", "--predictions", missing, "--targets", t.toString());
        assertEquals(2, run.status());
        assertEquals(missing + ": no such file", run.errorLine());
        assertEquals("", run.out());
    }

    @Test
    void fileNamesAreReportedAsTyped() throws IOException {
        // Relative to the working directory, as the user typed them.
        CliRun run = CliRun.of("loss", "--predictions", "no/such/dir/p.csv", "--targets", "t.csv");
        assertEquals("no/such/dir/p.csv: no such file", run.errorLine());
    }

    @Test
    void impossibleFileName() {
        CliRun run = CliRun.of("loss", "--predictions", "p\0.csv", "--targets", "t.csv");
        assertEquals(2, run.status());
        // Issue 11: control characters in names are escaped, so the line prints cleanly.
        assertEquals("p\\u0000.csv: not a valid file name: Nul character not allowed", run.errorLine());
    }

    @Test
    void directoryInsteadOfFile() throws IOException {
        Path t = Files.writeString(dir.resolve("targets.csv"), TARGETS);
        CliRun run = CliRun.of("loss", "--predictions", dir.toString(), "--targets", t.toString());
        assertEquals(2, run.status());
        assertEquals(dir + ": is a directory, not a CSV file", run.errorLine());
    }

    static List<Arguments> badUsage() {
        return List.of(
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--frobnicate"},
                    "loss: unknown option '--frobnicate' (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--frob=1"},
                    "loss: unknown option '--frob' (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv"},
                    "loss: missing required option --targets FILE (see 'loss --help')"),
            Arguments.of(new String[] {"--targets", "t.csv"},
                    "loss: missing required option --predictions FILE (see 'loss --help')"),
            Arguments.of(new String[] {},
                    "loss: missing required option --predictions FILE (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "--targets", "t.csv"},
                    "loss: option --predictions needs a value (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions=", "--targets", "t.csv"},
                    "loss: option --predictions needs a value (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets"},
                    "loss: option --targets needs a value (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--predictions", "q.csv", "--targets", "t.csv"},
                    "loss: option --predictions is given twice (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "extra.csv"},
                    "loss: unexpected argument 'extra.csv' (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--json=yes"},
                    "loss: option --json takes no value (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--epsilon", "abc"},
                    "loss: --epsilon must be a number in (0, 0.5), got 'abc' (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--epsilon=0.5"},
                    "loss: --epsilon must be a number in (0, 0.5), got '0.5' (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--epsilon", "0"},
                    "loss: --epsilon must be a number in (0, 0.5), got '0' (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--epsilon=-1e-7"},
                    "loss: --epsilon must be a number in (0, 0.5), got '-1e-7' (see 'loss --help')"),
            Arguments.of(new String[] {"--predictions", "p.csv", "--targets", "t.csv", "--epsilon=NaN"},
                    "loss: --epsilon must be a number in (0, 0.5), got 'NaN' (see 'loss --help')"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badUsage")
    void badUsageIsOneLineAndStatusTwo(String[] args, String message) {
        String[] full = new String[args.length + 1];
        full[0] = "loss";
        System.arraycopy(args, 0, full, 1, args.length);
        CliRun run = CliRun.of(full);
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(message, run.errorLine());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lose", "--version", ""})
    void unknownCommandGivenToTheCliIsBadUsage(String word) {
        CliRun run = CliRun.of(word);
        assertEquals(2, run.status());
        assertEquals("unknown command '" + word + "'; see --help", run.errorLine());
    }
}
