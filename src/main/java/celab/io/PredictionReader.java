package celab.io;

import celab.core.InvalidInputException;
import celab.core.LossWarning;
import celab.core.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Reads a classifier's predictions and the targets side by side, one sample at a time, checks
 * each sample as it arrives and hands it to a consumer: the one reader behind {@code loss} on
 * the command line and the app's "Your data" screen. Memory does not grow with the number of
 * samples; a file of any length can be read.
 *
 * <h2>Inputs</h2>
 * Each input is CSV text (headerless, comma-separated, one sample per line), the same gzipped
 * ({@code .csv.gz}), or a NumPy {@code .npy} array; the format is recognised from the first bytes.
 * Predictions are N rows of C ≥ 2 probabilities, or of C logits. Targets are N class indices
 * (one value per row, 0-based) or N label rows of C values (one-hot, or soft labels summing to 1).
 *
 * <h2>Checks</h2>
 * Everything {@code loss} has always checked, in reading order, and the first problem stops the
 * read with an {@link InputFileException} naming {@code file:line:column} (for {@code .npy}:
 * {@code file: row R, column C}): unreadable values, rows of the wrong width, probabilities
 * outside [0, 1] or not finite, logits not finite, class indices that are not whole or out of
 * range, bad label rows, and different numbers of samples. Values are quoted as the file writes
 * them. Probability rows that do not sum to 1 are delivered with a {@link Sample#warning()}.
 *
 * <h2>Example</h2>
 * <pre>{@code
 * PredictionReader.Result r = PredictionReader.read(
 *         InputSource.of(predictionsPath), InputSource.of(targetsPath), Scores.PROBABILITIES,
 *         sample -> histogram.add(-Math.log(sample.prediction(sample.targetClass()))),
 *         (done, total, rows) -> updateProgress(done, total),
 *         () -> cancelRequested);
 * }</pre>
 *
 * <p>Progress is reported every {@value #REPORT_EVERY} samples and once at the end; cancellation
 * is checked as often, and also when the reading thread is interrupted.
 */
public final class PredictionReader {

    /** Samples between two progress reports and cancellation checks. */
    public static final int REPORT_EVERY = 4096;

    /** What the prediction rows hold. */
    public enum Scores {
        /** Probabilities: every value in [0, 1]; rows should sum to 1 (a warning otherwise). */
        PROBABILITIES,
        /** Raw scores (logits), any finite numbers, turned into probabilities by softmax. */
        LOGITS
    }

    /** Receives each checked sample, in order. May throw to stop the read. */
    @FunctionalInterface
    public interface SampleConsumer {
        void accept(Sample sample) throws InputFileException;
    }

    /** Told how far the read has come. Called on the reading thread. */
    @FunctionalInterface
    public interface Progress {
        /** No progress reports. */
        Progress NONE = (bytesRead, bytesTotal, samples) -> { };

        /**
         * @param bytesRead  bytes read from both inputs so far (compressed bytes for gzip)
         * @param bytesTotal the two inputs' sizes together, or -1 when one is a stream
         * @param samples    samples delivered so far
         */
        void update(long bytesRead, long bytesTotal, long samples);
    }

    /**
     * What was read.
     *
     * @param samples           N
     * @param classes           C
     * @param classIndexTargets whether targets were class indices (else label rows)
     * @param warnings          how many samples carried a warning
     */
    public record Result(long samples, int classes, boolean classIndexTargets, long warnings) {
    }

    /**
     * One checked sample. The same object (and its arrays) is reused for every sample: read it
     * inside {@link SampleConsumer#accept}, and copy what you keep.
     */
    public static final class Sample {
        private long index;
        private int classes;
        private double[] predictions;
        private boolean classIndex;
        private int target;
        private double[] labels;
        private long predictionsLine;
        private long targetsLine;
        private String warning;

        private Sample() {
        }

        /** 0-based position of the sample. */
        public long index() {
            return index;
        }

        /** C, the number of classes. */
        public int classes() {
            return classes;
        }

        /** The probability (or logit) for class {@code cls}. */
        public double prediction(int cls) {
            return predictions[cls];
        }

        /**
         * The prediction row itself (probabilities or logits). Its first {@link #classes()}
         * values count; it is reused for the next sample and must not be changed.
         */
        public double[] predictions() {
            return predictions;
        }

        /** Whether the target was given as a class index (else as a label row). */
        public boolean hasClassIndex() {
            return classIndex;
        }

        /** The true class: the index, or the label row's argmax (first on ties). */
        public int targetClass() {
            return target;
        }

        /** y_c: 1 or 0 for a class index, else the label row's value. */
        public double target(int cls) {
            return classIndex ? (cls == target ? 1.0 : 0.0) : labels[cls];
        }

        /** The label row (reused, do not change), or null for a class index. */
        public double[] labels() {
            return classIndex ? null : labels;
        }

        /** 1-based line of the predictions file (row, for {@code .npy}). */
        public long predictionsLine() {
            return predictionsLine;
        }

        /** 1-based line of the targets file (row, for {@code .npy}). */
        public long targetsLine() {
            return targetsLine;
        }

        /**
         * A warning about this sample, located ({@code p.csv:3: probabilities sum to 0.8, not 1
         * (computed as given, not renormalised)}), or null.
         */
        public String warning() {
            return warning;
        }
    }

    private PredictionReader() {
    }

    /** {@link #read(InputSource, InputSource, Scores, SampleConsumer, Progress, BooleanSupplier)} of two files. */
    public static Result read(Path predictions, Path targets, Scores scores, SampleConsumer consumer,
                              Progress progress, BooleanSupplier cancelled) throws InputFileException {
        return read(InputSource.of(predictions), InputSource.of(targets), scores, consumer, progress, cancelled);
    }

    /**
     * Reads both inputs to the end, handing every sample to {@code consumer} after its checks.
     *
     * @param progress  told how far the read has come ({@link Progress#NONE} for nothing)
     * @param cancelled asked between samples; true stops the read
     * @return counts of what was read
     * @throws InputFileException    the first problem in either input, located
     * @throws CancellationException when {@code cancelled} said so or the thread was interrupted
     */
    public static Result read(InputSource predictions, InputSource targets, Scores scores,
                              SampleConsumer consumer, Progress progress, BooleanSupplier cancelled)
            throws InputFileException {
        long pSize = predictions.size();
        long tSize = targets.size();
        long total = pSize < 0 || tSize < 0 ? -1 : pSize + tSize;
        Rows.ByteCounter pBytes = new Rows.ByteCounter();
        Rows.ByteCounter tBytes = new Rows.ByteCounter();
        try (Rows p = Rows.open(predictions, pBytes); Rows t = Rows.open(targets, tBytes)) {
            return new Pass(p, t, scores, consumer, progress, pBytes, tBytes, total, cancelled).run();
        } catch (IOException e) {
            throw InputFileException.whole(predictions.name(), "cannot close the file: " + e.getMessage());
        }
    }

    /** One read of two inputs. */
    private static final class Pass {
        private final Rows p;
        private final Rows t;
        private final boolean logits;
        private final SampleConsumer consumer;
        private final Progress progress;
        private final Rows.ByteCounter pBytes;
        private final Rows.ByteCounter tBytes;
        private final long total;
        private final BooleanSupplier cancelled;
        private final Sample sample = new Sample();
        private int classes;
        private long warnings;

        Pass(Rows p, Rows t, Scores scores, SampleConsumer consumer, Progress progress,
             Rows.ByteCounter pBytes, Rows.ByteCounter tBytes, long total, BooleanSupplier cancelled) {
            this.p = p;
            this.t = t;
            this.logits = scores == Scores.LOGITS;
            this.consumer = consumer;
            this.progress = progress;
            this.pBytes = pBytes;
            this.tBytes = tBytes;
            this.total = total;
            this.cancelled = cancelled;
        }

        Result run() throws InputFileException {
            if (p instanceof NpyRows npy && npy.integral()) {
                throw p.problem(0, 0, "holds integers (dtype '" + npy.dtype()
                        + "'); predictions must be float32 or float64");
            }
            if (p instanceof NpyRows npy && npy.dimensions() == 1) {
                throw p.problem(0, 0, "holds a 1-D array; predictions must be 2-D (N samples × C classes)");
            }
            long i = 0;
            while (true) {
                boolean hasP = p.next();
                if (!hasP) {
                    if (i == 0) {
                        throw p.problem(0, 0, "the file is empty: expected one sample per line");
                    }
                    if (t.next()) {
                        checkTarget(i);
                        long extraLine = t.line();
                        long n = i + 1;
                        while (t.next()) {
                            checkTarget(n);
                            n++;
                        }
                        throw t.problem(extraLine, 0, "predictions have " + i + " rows but targets have " + n);
                    }
                    break;
                }
                checkPrediction(i);
                if (!t.next()) {
                    if (i == 0) {
                        throw t.problem(0, 0, "the file is empty: expected one sample per line");
                    }
                    long n = i + 1;
                    while (p.next()) {
                        checkPrediction(n);
                        n++;
                    }
                    throw t.problem(0, 0, "predictions have " + n + " rows but targets have " + i);
                }
                checkTarget(i);
                sample.index = i;
                consumer.accept(sample);
                i++;
                if (i % REPORT_EVERY == 0) {
                    report(i);
                }
            }
            report(i);
            return new Result(i, classes, sample.classIndex, warnings);
        }

        private void report(long samples) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("reading cancelled");
            }
            progress.update(pBytes.bytes() + tBytes.bytes(), total, samples);
        }

        private void checkPrediction(long i) throws InputFileException {
            double[] row = p.values();
            int row32 = (int) Math.min(Integer.MAX_VALUE, i);
            try {
                if (i == 0) {
                    classes = p.width();
                    if (classes < 2) {
                        throw p.problem(p.line(), 0, "need at least 2 classes, found " + classes);
                    }
                    sample.classes = classes;
                }
                sample.warning = null;
                if (logits) {
                    Validation.checkLogitRow(row32, row, 0, classes);
                } else {
                    LossWarning w = Validation.checkProbabilityRow(row32, row, 0, classes, (col, v) -> p.text(col));
                    if (w != null) {
                        warnings++;
                        sample.warning = p.problem(p.line(), 0, w.message()).getMessage();
                    }
                }
            } catch (InvalidInputException e) {
                throw locate(p, e);
            }
            sample.predictions = row;
            sample.predictionsLine = p.line();
        }

        private void checkTarget(long i) throws InputFileException {
            double[] row = t.values();
            int row32 = (int) Math.min(Integer.MAX_VALUE, i);
            if (i == 0) {
                int w = t.width();
                if (w != 1 && w != classes) {
                    throw t.problem(t.line(), 0, "row has " + w
                            + " values; expected 1 class index or " + classes + " label values");
                }
                sample.classIndex = w == 1;
            }
            try {
                if (sample.classIndex) {
                    sample.target = Validation.checkIndexTarget(row32, row[0], classes, (col, v) -> t.text(col));
                } else {
                    Validation.checkLabelRow(row32, row, 0, classes, (col, v) -> t.text(col));
                    sample.labels = row;
                    sample.target = argmax(row, classes);
                }
            } catch (InvalidInputException e) {
                throw locate(t, e);
            }
            sample.targetsLine = t.line();
        }

        private static InputFileException locate(Rows rows, InvalidInputException e) {
            int column = e.problem().column();
            return rows.problem(rows.line(), column >= 0 ? column + 1 : 0, e.problem().message());
        }

        private static int argmax(double[] d, int n) {
            int best = 0;
            for (int c = 1; c < n; c++) {
                if (d[c] > d[best]) {
                    best = c;
                }
            }
            return best;
        }
    }
}
