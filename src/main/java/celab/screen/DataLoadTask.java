package celab.screen;

import celab.core.Dataset;
import celab.core.InvalidInputException;
import celab.core.Matrix;
import celab.core.ScoreKind;
import celab.io.InputFileException;
import celab.io.InputSource;
import celab.io.PredictionReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;

/**
 * Reads predictions and targets off the UI thread through the one streaming reader (CSV,
 * .csv.gz, .npy), with progress and cancel, then checks them into a {@link Dataset}. A problem
 * in either file fails the task with an {@link InputFileException} naming file:line:column.
 */
public final class DataLoadTask extends Task<DataLoadTask.Loaded> {

    /**
     * What was read, kept so that it can be checked again as the other kind: the values, one
     * class index per sample, and the line each sample came from in each file.
     */
    public record Raw(String predictionsName, String targetsName, Matrix scores, Matrix targets,
                      long[] predictionLines, long[] targetLines) {
    }

    /** The checked data, what it was read from, and a title for it. */
    public record Loaded(Dataset dataset, Raw raw, String source) {
    }

    private final DataSource predictions;
    private final DataSource targets;
    private final ScoreKind kind;

    /** @param kind null to tell probabilities from logits by the values */
    public DataLoadTask(DataSource predictions, DataSource targets, ScoreKind kind) {
        this.predictions = predictions;
        this.targets = targets;
        this.kind = kind;
        updateTitle(predictions.name() + " + " + targets.name());
    }

    @Override
    protected Loaded call() throws Exception {
        InputSource p = predictions.input();
        InputSource t;
        try {
            t = targets.input();
        } catch (InputFileException e) {
            close(p);
            throw e;
        }
        updateMessage("Reading…");
        Collector rows = new Collector(t.name());
        // undecided files are read as logits (any finite number), then told apart by their values
        PredictionReader.Scores scores = kind == ScoreKind.PROBABILITIES
                ? PredictionReader.Scores.PROBABILITIES : PredictionReader.Scores.LOGITS;
        try {
            PredictionReader.read(p, t, scores, rows, (read, total, samples) -> {
                if (total > 0) {
                    updateProgress(read, total);
                } else {
                    updateProgress(-1, 1);
                }
                updateMessage(String.format(Locale.ROOT, "%,d samples read", samples));
            }, this::isCancelled);
        } finally {
            close(p);
            close(t);
        }
        if (isCancelled()) {
            throw new CancellationException();
        }
        updateMessage("Checking…");
        Loaded loaded = check(rows.raw(p.name(), t.name()), kind);
        updateProgress(1, 1);
        return loaded;
    }

    private static void close(InputSource s) {
        if (s.stream() != null) {
            try {
                s.stream().close();
            } catch (IOException e) {
                // a bundled example: nothing to report
            }
        }
    }

    /**
     * Checks what was read as the given kind (null: tell by the values), naming the file, line
     * and column of any problem.
     *
     * @throws InputFileException naming file:line:column
     */
    public static Loaded check(Raw raw, ScoreKind kind) throws InputFileException {
        ScoreKind k = kind != null ? kind : ScoreKind.detect(raw.scores());
        try {
            Dataset d = Dataset.of(raw.scores(), k, raw.targets());
            return new Loaded(d, raw, raw.predictionsName() + " + " + raw.targetsName());
        } catch (InvalidInputException e) {
            boolean inTargets = "targets".equals(e.problem().source());
            long[] lines = inTargets ? raw.targetLines() : raw.predictionLines();
            int row = e.problem().row();
            int line = row >= 0 && row < lines.length ? (int) lines[row] : 0;
            int column = line > 0 && e.problem().column() >= 0 && !inTargets ? e.problem().column() + 1 : line > 0 ? 1 : 0;
            throw new InputFileException(inTargets ? raw.targetsName() : raw.predictionsName(), line, column,
                    e.problem().message());
        }
    }

    /** Keeps every sample in flat growing arrays; refuses soft labels where they are. */
    private static final class Collector implements PredictionReader.SampleConsumer {
        private final String targetsName;
        private double[] values = new double[1 << 12];
        private double[] classes = new double[1 << 10];
        private long[] pLines = new long[1 << 10];
        private long[] tLines = new long[1 << 10];
        private int n;
        private int c;

        Collector(String targetsName) {
            this.targetsName = targetsName;
        }

        @Override
        public void accept(PredictionReader.Sample s) throws InputFileException {
            if (n == Integer.MAX_VALUE - 8 || (long) (n + 1) * s.classes() > Integer.MAX_VALUE - 8) {
                throw new InputFileException(targetsName, (int) s.targetsLine(), 0,
                        "more samples than the screen can hold; use ./run.sh loss for files this big");
            }
            double[] labels = s.labels();
            if (labels != null) {
                for (int j = 0; j < s.classes(); j++) {
                    if (labels[j] != 0 && !(labels[j] == 1 && j == s.targetClass())) {
                        throw new InputFileException(targetsName, (int) s.targetsLine(), j + 1, "soft label "
                                + labels[j] + ": this screen needs one true class per sample (a class index or a one-hot row)");
                    }
                }
            }
            c = s.classes();
            if ((long) (n + 1) * c > values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) values.length * 2, (long) (n + 1) * c)));
            }
            if (n == classes.length) {
                int size = (int) Math.min(Integer.MAX_VALUE - 8, (long) n * 2);
                classes = Arrays.copyOf(classes, size);
                pLines = Arrays.copyOf(pLines, size);
                tLines = Arrays.copyOf(tLines, size);
            }
            System.arraycopy(s.predictions(), 0, values, n * c, c);
            classes[n] = s.targetClass();
            pLines[n] = s.predictionsLine();
            tLines[n] = s.targetsLine();
            n++;
        }

        Raw raw(String pName, String tName) {
            return new Raw(pName, tName, Matrix.wrap(n, c, Arrays.copyOf(values, n * c)),
                    Matrix.wrap(n, 1, Arrays.copyOf(classes, n)), Arrays.copyOf(pLines, n), Arrays.copyOf(tLines, n));
        }
    }
}
