package celab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real entry point in its own JVM, started the way run.sh starts it: the command line exits
 * with its status, and never loads a JavaFX class (so it starts fast and needs no display).
 */
class MainTest {

    record Result(int status, String out, String err) {
    }

    private static Result main(String... args) throws IOException, InterruptedException {
        String classPath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=target/main-test-classes.log", "-cp", classPath, "celab.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("main-out", ".txt");
        Path err = Files.createTempFile("main-err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "celab.Main did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> loadedJavaFxClasses() throws IOException {
        return Files.readAllLines(Path.of("target/main-test-classes.log")).stream()
                .filter(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")
                        || line.contains(" celab.app."))
                .toList();
    }

    @Test
    void lossRunsWithoutJavaFx() throws Exception {
        Result r = main("loss", "--predictions", "assets/data/seeds-predictions.csv",
                "--targets", "assets/data/seeds-targets.csv");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("mean loss  0.38506088"), r.out());
        assertEquals(List.of(), loadedJavaFxClasses());
    }

    @Test
    void shippedExamplesGiveTheSeedsNumbers() throws Exception {
        Result oneHot = main("loss", "--predictions", "assets/data/seeds-predictions.csv",
                "--targets", "assets/data/seeds-targets-onehot.csv", "--json");
        assertTrue(oneHot.out().contains("\"mean\":0.3850608800521680"), oneHot.out());
        Result logits = main("loss", "--predictions", "assets/data/pytorch-logits.csv",
                "--targets", "assets/data/pytorch-targets.csv", "--logits");
        assertTrue(logits.out().contains("mean loss  1.4411566"), logits.out());
        Result clip = main("loss", "--predictions", "assets/data/clipping-predictions.csv",
                "--targets", "assets/data/clipping-targets.csv", "--no-clip", "--json");
        assertTrue(clip.out().contains("\"mean\":\"Infinity\""), clip.out());
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Result r = main("loss", "--predictions", "assets/data/seeds-predictions.csv",
                "--targets", "assets/data/pytorch-targets.csv");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("assets/data/pytorch-targets.csv:4: predictions have 3 rows but targets have 4\n", r.err());
        assertEquals(List.of(), loadedJavaFxClasses());
    }

    @Test
    void helpAndBenchNeedNoJavaFx() throws Exception {
        Result help = main("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("usage: loss"));
        assertEquals(List.of(), loadedJavaFxClasses());
        Result bench = main("bench", "--n", "1000", "--runs", "5", "--warmup", "0", "--only", "core.");
        assertEquals(0, bench.status(), bench.err());
        assertEquals(3, bench.out().strip().split("\n").length, bench.out());
        assertFalse(bench.out().contains("Exception"));
        assertEquals(List.of(), loadedJavaFxClasses());
    }
}
