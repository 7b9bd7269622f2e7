package celab.cli.bench;

import celab.core.Clipping;
import celab.core.LogBase;
import celab.core.Matrix;
import celab.core.StreamingLoss;
import celab.io.InputFileException;
import celab.io.PredictionReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code read}: the streaming reader on a CSV file, as {@code loss} reads it. A file of N rows of
 * C probabilities written with 8 decimals (about 110 MB for 1,000,000 × 10, the shape pandas is
 * compared on) and its class indices are generated from the bench's seed into a temporary folder,
 * then read, checked and reduced to the mean loss; the folder is deleted afterwards.
 */
public final class ReadMeasures {

    private ReadMeasures() {
    }

    /** Every read measure, in the order bench prints them. */
    public static java.util.List<Measure> all() {
        return java.util.List.of(read());
    }

    /** Reads predictions and targets CSV files and reports rows per second. */
    public static Measure read() {
        return Measure.of("read", settings -> {
            Path folder = null;
            try {
                folder = Files.createTempDirectory("celab-bench-read-");
                Path p = folder.resolve("predictions.csv");
                Path t = folder.resolve("targets.csv");
                write(p, t, settings.n(), settings.classes());
                long bytes = Files.size(p) + Files.size(t);
                Workload work = new Workload(settings.n(), settings.classes(), () -> meanLoss(p, t, settings.classes()));
                double ms = Timing.medianMillis(work, settings.warmup(), settings.runs());
                Map<String, Number> fields = new LinkedHashMap<>();
                fields.put("n", settings.n());
                fields.put("classes", settings.classes());
                fields.put("bytes", bytes);
                fields.put("medianMs", ms);
                fields.put("rowsPerSecond", Math.round(settings.n() / (ms / 1000)));
                fields.put("megabytesPerSecond", Math.round(bytes / 1e6 / (ms / 1000) * 10) / 10.0);
                return fields;
            } catch (IOException e) {
                throw new UncheckedIOException("read: cannot write the bench files: " + e.getMessage(), e);
            } finally {
                delete(folder);
            }
        });
    }

    private static double meanLoss(Path p, Path t, int classes) {
        StreamingLoss loss = new StreamingLoss(classes, false, Clipping.DEFAULT, 0, null, LogBase.E);
        try {
            PredictionReader.read(p, t, PredictionReader.Scores.PROBABILITIES,
                    s -> loss.add(s.predictions(), 0, s.targetClass()), PredictionReader.Progress.NONE, () -> false);
        } catch (InputFileException e) {
            throw new IllegalStateException("read: the generated file is refused: " + e.getMessage(), e);
        }
        return loss.mean();
    }

    /** Writes N rows of C probabilities with 8 decimals ("0.12345678") and their class indices. */
    public static void write(Path p, Path t, int n, int classes) throws IOException {
        Matrix probabilities = SyntheticBatch.probabilities(n, classes);
        int[] targets = SyntheticBatch.classes(n, classes);
        char[] line = new char[classes * 11 + 1];
        try (BufferedWriter out = Files.newBufferedWriter(p, StandardCharsets.US_ASCII);
             BufferedWriter tOut = Files.newBufferedWriter(t, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < n; i++) {
                int k = 0;
                for (int j = 0; j < classes; j++) {
                    if (j > 0) {
                        line[k++] = ',';
                    }
                    long q = Math.round(probabilities.get(i, j) * 1e8);
                    line[k++] = q >= 100_000_000L ? '1' : '0';
                    line[k++] = '.';
                    long frac = q % 100_000_000L;
                    for (int digit = 7; digit >= 0; digit--) {
                        line[k + digit] = (char) ('0' + frac % 10);
                        frac /= 10;
                    }
                    k += 8;
                }
                line[k++] = '\n';
                out.write(line, 0, k);
                tOut.write(Integer.toString(targets[i]));
                tOut.write('\n');
            }
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
