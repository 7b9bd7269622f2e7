package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.cli.bench.CoreMeasures;
import celab.cli.bench.Measure;
import celab.cli.bench.SyntheticBatch;
import celab.cli.bench.Workload;
import celab.core.Matrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    /** Exactly the shape the issue asks for, key order included. */
    static final Pattern LINE = Pattern.compile(
            "\\{\"name\":\"([a-z.]+)\",\"n\":(\\d+),\"classes\":(\\d+),\"medianMs\":(\\d+(\\.\\d+)?(E-?\\d+)?)}");

    @Test
    void printsOneJsonLinePerCoreMeasure() {
        CliRun run = CliRun.of("bench", "--n", "2000", "--runs", "5", "--warmup", "1");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            var m = LINE.matcher(line);
            assertTrue(m.matches(), line);
            names.add(m.group(1));
            assertEquals("2000", m.group(2));
            assertEquals("10", m.group(3));
            assertTrue(Double.parseDouble(m.group(4)) >= 0);
        }
        assertEquals(List.of("core.probabilities.index", "core.probabilities.onehot", "core.logits.index"), names);
    }

    @Test
    void measuresArePluggableAndRunTheAskedNumberOfTimes() {
        AtomicInteger runs = new AtomicInteger();
        Measure counting = Measure.timed("ui.update", (n, classes) ->
                new Workload(7, 3, () -> runs.incrementAndGet()));
        List<Measure> measures = new ArrayList<>(CoreMeasures.all());
        measures.add(counting);
        CliRun run = CliRun.with(measures, "bench", "--only=ui.", "--runs=6", "--warmup=2");
        assertEquals(0, run.status(), run.err());
        String line = run.out().strip();
        assertTrue(line.startsWith("{\"name\":\"ui.update\",\"n\":7,\"classes\":3,\"medianMs\":"), line);
        assertEquals(8, runs.get());
    }

    @Test
    void aMeasureThatTimesItselfPrintsItsOwnNumbers() {
        Measure ui = Measure.of("ui.update", settings -> {
            Map<String, Number> fields = new LinkedHashMap<>();
            fields.put("medianMs", 1.23456789);
            fields.put("p99Ms", 4.5);
            fields.put("changes", 1000);
            return fields;
        });
        CliRun run = CliRun.with(List.of(ui), "bench");
        assertEquals(0, run.status(), run.err());
        assertEquals("{\"name\":\"ui.update\",\"medianMs\":1.235,\"p99Ms\":4.5,\"changes\":1000}\n", run.out());
    }

    @Test
    void badOptionsAreStatusTwo() {
        assertEquals("bench: --runs must be a whole number >= 5, got '3' (see 'bench --help')",
                CliRun.of("bench", "--runs", "3").errorLine());
        assertEquals("bench: unknown option '--fast' (see 'bench --help')",
                CliRun.of("bench", "--fast").errorLine());
        assertEquals("bench: --n must be a whole number >= 1, got 'many' (see 'bench --help')",
                CliRun.of("bench", "--n=many").errorLine());
        CliRun none = CliRun.of("bench", "--only", "gpu.");
        assertEquals(2, none.status());
        assertTrue(none.errorLine().startsWith("bench: no measure is named gpu."), none.err());
        assertEquals(0, CliRun.of("bench", "--help").status());
    }

    @Test
    void generatedProbabilitiesAreDistributionsAndRepeatable() {
        Matrix p = SyntheticBatch.probabilities(1000, 10);
        for (int i = 0; i < p.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < p.cols(); j++) {
                assertTrue(p.get(i, j) >= 0 && p.get(i, j) <= 1);
                sum += p.get(i, j);
            }
            assertEquals(1.0, sum, 1e-12);
        }
        assertEquals(p, SyntheticBatch.probabilities(1000, 10));
        int[] classes = SyntheticBatch.classes(1000, 10);
        for (int c : classes) {
            assertTrue(c >= 0 && c < 10);
        }
    }
}
