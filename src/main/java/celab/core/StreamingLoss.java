package celab.core;

import java.util.Arrays;

/**
 * Cross-entropy one sample at a time, with the options PyTorch's {@code F.cross_entropy} has,
 * and the batch totals in memory that does not depend on the number of samples. Rows are not
 * validated here: callers check them first ({@link Validation}).
 *
 * <p>With log-probabilities ℓ_c (log of the clipped probability, or the stable log-softmax of
 * logits), class weights w (all 1 by default) and label smoothing α over C classes, a sample
 * with class index t has the loss
 * <pre>  L = (1 − α)·w_t·(−ℓ_t) + (α/C)·Σ_c w_c·(−ℓ_c)</pre>
 * and a sample with a label row y (one-hot or soft) has
 * <pre>  L = −Σ_c w_c·y'_c·ℓ_c,   y' = (1 − α)·y + α/C  ({@link LabelSmoothing})</pre>
 * where terms with w_c·y'_c = 0 are skipped (0·log 0 counts as 0). The mean is PyTorch's:
 * Σ L / Σ w_t for class-index targets (the weighted mean; N when there are no weights), and
 * Σ L / N for label rows. In bits ({@link LogBase#TWO}) every loss is divided by ln 2.
 */
public final class StreamingLoss {

    private final int classes;
    private final boolean logits;
    private final Clipping clipping;
    private final double smoothing;
    private final double[] weights;
    private final LogBase base;
    private final double[] logP;

    private final PairwiseSum sum = new PairwiseSum();
    private final PairwiseSum weightSum = new PairwiseSum();
    private long count;
    private long correct;
    private boolean labelRows;

    private int lastPredicted;
    private int lastTrue;
    private double lastPTrue;
    private double lastPTrueUsed;

    /**
     * @param classes   C, the width of every prediction row
     * @param logits    whether rows are raw scores (log-softmax, no clipping) or probabilities
     * @param clipping  how probabilities are clipped before the log (ignored for logits)
     * @param smoothing label smoothing α in [0, 1]
     * @param weights   one weight per class (non-negative, finite), or null for all 1
     * @param base      nats or bits
     */
    public StreamingLoss(int classes, boolean logits, Clipping clipping, double smoothing,
                         double[] weights, LogBase base) {
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be at least 1, got " + classes);
        }
        LabelSmoothing.check(smoothing);
        if (weights != null) {
            checkWeights(weights, classes);
        }
        this.classes = classes;
        this.logits = logits;
        this.clipping = logits ? Clipping.OFF : clipping;
        this.smoothing = smoothing;
        this.weights = weights == null ? null : weights.clone();
        this.base = base;
        this.logP = new double[classes];
    }

    /**
     * Checks class weights as PyTorch would need them: one per class, finite, not negative.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void checkWeights(double[] weights, int classes) {
        if (weights.length != classes) {
            throw new IllegalArgumentException(weights.length + " class weights for " + classes
                    + " classes; give one weight per class");
        }
        for (int c = 0; c < weights.length; c++) {
            double w = weights[c];
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("class weight " + (c + 1) + " is " + w
                        + "; weights must be finite and not negative");
            }
        }
    }

    /**
     * Adds a sample whose target is class {@code target}: {@code row[from, from + C)} holds its
     * probabilities or logits.
     *
     * @return the sample's loss, in the chosen base
     */
    public double add(double[] row, int from, int target) {
        fillLogP(row, from, target, smoothing != 0);
        double wt = weight(target);
        double loss;
        if (smoothing == 0) {
            loss = -wt * logP[target];
        } else {
            double smooth = 0;
            for (int c = 0; c < classes; c++) {
                double w = weight(c);
                if (w != 0) {
                    smooth -= w * logP[c];
                }
            }
            loss = (1 - smoothing) * wt * -logP[target] + smoothing / classes * smooth;
        }
        return finish(loss, wt, target);
    }

    /**
     * Adds a sample with a label row {@code labels[labelsFrom, labelsFrom + C)} (one-hot or soft),
     * its probabilities or logits in {@code row[from, from + C)}.
     *
     * @return the sample's loss, in the chosen base
     */
    public double add(double[] row, int from, double[] labels, int labelsFrom) {
        labelRows = true;
        int t = argmax(labels, labelsFrom, classes);
        fillLogP(row, from, t, true);
        double loss = 0;
        for (int c = 0; c < classes; c++) {
            double y = (1 - smoothing) * labels[labelsFrom + c] + smoothing / classes;
            double wy = weight(c) * y;
            if (wy != 0) {
                loss -= wy * logP[c];
            }
        }
        return finish(loss, 1.0, t);
    }

    private double finish(double natsLoss, double meanWeight, int target) {
        double loss = base.fromNats(natsLoss) + 0.0; // −0.0 (a certain, right answer) reads as 0
        sum.add(loss);
        weightSum.add(meanWeight);
        count++;
        lastTrue = target;
        correct += lastPredicted == target ? 1 : 0;
        return loss;
    }

    /** ℓ_c for every class (or only the target's when nothing else is needed), and the argmax. */
    private void fillLogP(double[] row, int from, int target, boolean all) {
        lastPredicted = argmax(row, from, classes);
        if (logits) {
            double m = row[from + lastPredicted];
            double s = 0;
            for (int c = 0; c < classes; c++) {
                s += Math.exp(row[from + c] - m);
            }
            double lse = Math.log(s);
            if (all) {
                for (int c = 0; c < classes; c++) {
                    logP[c] = (row[from + c] - m) - lse;
                }
            } else {
                logP[target] = (row[from + target] - m) - lse;
            }
            lastPTrue = Math.exp(logP[target]);
            lastPTrueUsed = lastPTrue;
        } else {
            if (all) {
                for (int c = 0; c < classes; c++) {
                    logP[c] = Math.log(clipping.apply(row[from + c]));
                }
            } else {
                logP[target] = Math.log(clipping.apply(row[from + target]));
            }
            lastPTrue = row[from + target];
            lastPTrueUsed = clipping.apply(lastPTrue);
        }
    }

    private double weight(int c) {
        return weights == null ? 1.0 : weights[c];
    }

    private static int argmax(double[] d, int from, int n) {
        int best = 0;
        for (int c = 1; c < n; c++) {
            if (d[from + c] > d[from + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Samples added. */
    public long count() {
        return count;
    }

    public int classes() {
        return classes;
    }

    /** Σ L_i (reduction "sum"). */
    public double sum() {
        return sum.value();
    }

    /**
     * PyTorch's "mean": Σ L_i / Σ w_{t_i} for class-index targets (Σ L_i / N without weights),
     * Σ L_i / N for label rows; NaN before any sample.
     */
    public double mean() {
        if (count == 0) {
            return Double.NaN;
        }
        return labelRows ? sum.value() / count : sum.value() / weightSum.value();
    }

    /** The batch loss under a reduction; NaN for {@link Reduction#NONE}, which has none. */
    public double reduced(Reduction reduction) {
        return switch (reduction) {
            case MEAN -> mean();
            case SUM -> sum();
            case NONE -> Double.NaN;
        };
    }

    /** Σ w_{t_i}: the mean's denominator for class-index targets. */
    public double weightSum() {
        return weightSum.value();
    }

    /** Share of samples whose argmax is the true class; NaN before any sample. */
    public double accuracy() {
        return count == 0 ? Double.NaN : (double) correct / count;
    }

    /** Samples predicted correctly. */
    public long correct() {
        return correct;
    }

    /** The last sample's predicted class (argmax, first on ties). */
    public int lastPredicted() {
        return lastPredicted;
    }

    /** The last sample's true class (its index, or its label row's argmax). */
    public int lastTrue() {
        return lastTrue;
    }

    /** The last sample's probability of its true class, as given (softmax output for logits). */
    public double lastPTrue() {
        return lastPTrue;
    }

    /** The same after clipping: the value whose log was taken. */
    public double lastPTrueUsed() {
        return lastPTrueUsed;
    }

    public LogBase base() {
        return base;
    }

    /** The class weights, or null when all are 1. */
    public double[] weights() {
        return weights == null ? null : Arrays.copyOf(weights, weights.length);
    }
}
