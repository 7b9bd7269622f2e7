package celab.app;

import celab.core.Matrix;
import celab.core.ScoreKind;
import celab.io.InputFileException;
import celab.io.InputSource;
import celab.io.PredictionReader;
import celab.screen.DataLoadTask;
import celab.screen.DataProblem;
import celab.screen.DataReader;
import celab.screen.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The "Your data" screen's reader: the lab's one streaming {@link PredictionReader} (CSV,
 * .csv.gz, .npy), keeping every sample in flat arrays with the line it came from, and refusing
 * soft labels where they are (the screen needs one true class per sample).
 */
final class DataFiles implements DataReader {

    @Override
    public DataLoadTask.Raw read(DataSource predictions, DataSource targets, ScoreKind kind, Progress progress,
                                 BooleanSupplier cancelled) throws DataProblem {
        InputSource p = null;
        InputSource t = null;
        try {
            p = input(predictions);
            t = input(targets);
            Collector rows = new Collector(t.name());
            PredictionReader.read(p, t, kind == ScoreKind.PROBABILITIES
                            ? PredictionReader.Scores.PROBABILITIES : PredictionReader.Scores.LOGITS,
                    rows, progress::update, cancelled);
            return rows.raw(p.name(), t.name());
        } catch (InputFileException e) {
            throw new DataProblem(e.getMessage());
        } finally {
            close(p);
            close(t);
        }
    }

    private static InputSource input(DataSource s) throws InputFileException {
        if (s.path() != null) {
            return InputSource.of(s.path(), s.name());
        }
        InputStream in = DataFiles.class.getResourceAsStream(s.resource());
        if (in == null) {
            throw InputFileException.whole(s.name(), "missing from the app");
        }
        return InputSource.of(in, s.name());
    }

    private static void close(InputSource s) {
        if (s != null && s.stream() != null) {
            try {
                s.stream().close();
            } catch (IOException e) {
                // a bundled example: nothing to report
            }
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

        DataLoadTask.Raw raw(String pName, String tName) {
            return new DataLoadTask.Raw(pName, tName, Matrix.wrap(n, c, Arrays.copyOf(values, n * c)),
                    Matrix.wrap(n, 1, Arrays.copyOf(classes, n)), Arrays.copyOf(pLines, n), Arrays.copyOf(tLines, n));
        }
    }
}
