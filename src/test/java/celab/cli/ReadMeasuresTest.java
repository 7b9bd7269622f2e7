package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.cli.bench.ReadMeasures;
import celab.cli.bench.SyntheticBatch;
import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.Matrix;
import celab.core.Targets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReadMeasuresTest {

    @Test
    void readPrintsRowsPerSecondForTheGeneratedFile() {
        CliRun run = CliRun.with(ReadMeasures.all(), "bench", "--n", "3000", "--classes", "4", "--runs", "5",
                "--warmup", "0");
        assertEquals(0, run.status(), run.err());
        Matcher m = Pattern.compile("\\{\"name\":\"read\",\"n\":3000,\"classes\":4,\"bytes\":(\\d+),\"medianMs\":[0-9.E-]+,"
                + "\"rowsPerSecond\":(\\d+),\"megabytesPerSecond\":[0-9.E]+}\n").matcher(run.out());
        assertTrue(m.matches(), run.out());
        // 3000 rows of four "0.dddddddd" values and commas, plus one digit and a newline per target
        assertEquals(3000L * (4 * 10 + 3 + 1) + 3000L * 2, Long.parseLong(m.group(1)));
        assertTrue(Long.parseLong(m.group(2)) > 0);
    }

    @Test
    void theGeneratedFileHoldsTheBenchBatchToEightDecimals() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("read-measure-test");
        try {
            java.nio.file.Path p = dir.resolve("p.csv");
            java.nio.file.Path t = dir.resolve("t.csv");
            ReadMeasures.write(p, t, 500, 3);
            Matrix read = celab.io.CsvReader.read(p, "p.csv").values();
            Matrix exact = SyntheticBatch.probabilities(500, 3);
            for (int i = 0; i < 500; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals(exact.get(i, j), read.get(i, j), 5e-9);
                }
            }
            double mean = CrossEntropy.mean(CrossEntropy.perSample(read,
                    new Targets.Indices(SyntheticBatch.classes(500, 3)), Clipping.DEFAULT));
            CliRun loss = CliRun.of("loss", "--predictions", p.toString(), "--targets", t.toString(),
                    "--json", "--reduction", "mean");
            assertTrue(loss.out().contains("\"loss\":"), loss.out());
            double printed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(loss.out()).get("loss").asDouble();
            assertEquals(mean, printed, 1e-12);
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }
}
