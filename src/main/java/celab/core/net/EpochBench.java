package celab.core.net;

import java.util.Arrays;

/**
 * The {@code train.epoch} measure: wall time of one training epoch (forward pass over every
 * point, backpropagation of the mean loss, one optimizer step) for the seeds' setting, 3 × 100
 * spiral points and h = 64. Plain Java, so any bench harness can call it.
 */
public final class EpochBench {
    /** Points per class and classes: the notebook's 300 points. */
    public static final int PER_CLASS = 100;
    public static final int CLASSES = 3;
    public static final int HIDDEN = 64;
    /** Epochs timed together for one sample, so that one sample is well above the timer's resolution. */
    public static final int EPOCHS_PER_SAMPLE = 50;

    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile double sink;

    private EpochBench() {
    }

    /** The number of points one epoch processes (N·C). */
    public static int points() {
        return PER_CLASS * CLASSES;
    }

    /**
     * Times {@code runs} samples after {@code warmupEpochs} untimed epochs. Each sample is the
     * mean time per epoch over {@value #EPOCHS_PER_SAMPLE} consecutive epochs, in milliseconds.
     * Training runs plain gradient descent with a small rate, so the work per epoch stays the
     * same however long the bench runs.
     */
    public static double[] epochTimesMs(int runs, int warmupEpochs) {
        Trainer t = new Trainer(SpiralData.generate(PER_CLASS, CLASSES, 0), HIDDEN, 0,
                Optimizer.Kind.GRADIENT_DESCENT, 0.1);
        t.steps(warmupEpochs);
        double[] out = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            t.steps(EPOCHS_PER_SAMPLE);
            out[r] = (System.nanoTime() - start) / 1e6 / EPOCHS_PER_SAMPLE;
            sink += t.loss();
        }
        return out;
    }

    /** {@link #epochTimesMs(int, int)} with 500 warm-up epochs. */
    public static double[] epochTimesMs(int runs) {
        return epochTimesMs(runs, 500);
    }

    /** The median of {@link #epochTimesMs(int)}. */
    public static double medianEpochMs(int runs) {
        return median(epochTimesMs(runs));
    }

    /** The median of some samples. */
    public static double median(double[] samples) {
        double[] t = samples.clone();
        Arrays.sort(t);
        int n = t.length;
        return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    }
}
