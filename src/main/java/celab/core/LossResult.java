package celab.core;

import java.util.List;

/**
 * Everything the lab shows about one batch, computed once by {@link CrossEntropy}: per-sample
 * losses, the picked probabilities before and after clipping, predicted and true classes,
 * mean, sum, accuracy and warnings. Immutable; views read it and never recompute a loss.
 */
public final class LossResult {
    private final int classes;
    private final double[] perSample;
    private final double[] pTrue;
    private final double[] pTrueUsed;
    private final int[] predicted;
    private final int[] trueClass;
    private final double mean;
    private final double sum;
    private final double accuracy;
    private final List<LossWarning> warnings;
    private final Clipping clipping;
    private final Precision precision;

    LossResult(int classes, double[] perSample, double[] pTrue, double[] pTrueUsed, int[] predicted,
               int[] trueClass, List<LossWarning> warnings, Clipping clipping, Precision precision) {
        this.classes = classes;
        this.perSample = perSample;
        this.pTrue = pTrue;
        this.pTrueUsed = pTrueUsed;
        this.predicted = predicted;
        this.trueClass = trueClass;
        // Both reductions are reported in the result's precision, so a float32 readout never
        // shows digits float32 does not have.
        this.sum = precision.round(CrossEntropy.sum(perSample));
        this.mean = precision.round(CrossEntropy.mean(perSample));
        int hits = 0;
        for (int i = 0; i < predicted.length; i++) {
            hits += predicted[i] == trueClass[i] ? 1 : 0;
        }
        this.accuracy = predicted.length == 0 ? Double.NaN : (double) hits / predicted.length;
        this.warnings = List.copyOf(warnings);
        this.clipping = clipping;
        this.precision = precision;
    }

    /** Number of samples N. */
    public int size() {
        return perSample.length;
    }

    /** Number of classes C. */
    public int classes() {
        return classes;
    }

    /** L_i = −Σ_j y_ij·log(clip(ŷ_ij)). */
    public double loss(int sample) {
        return perSample[sample];
    }

    /** A copy of every L_i (reduction "none"). */
    public double[] perSample() {
        return perSample.clone();
    }

    /** The probability given to the true class, as input (softmax output for logits). */
    public double pTrue(int sample) {
        return pTrue[sample];
    }

    /** The probability of the true class actually fed to the log: clipped and in precision. */
    public double pTrueUsed(int sample) {
        return pTrueUsed[sample];
    }

    /** argmax of the prediction row, first maximum on ties. */
    public int predicted(int sample) {
        return predicted[sample];
    }

    /** The target class (argmax of a label row). */
    public int trueClass(int sample) {
        return trueClass[sample];
    }

    public boolean correct(int sample) {
        return predicted[sample] == trueClass[sample];
    }

    /** (1/N)·Σ L_i: the batch loss. One ∞ makes it ∞. */
    public double mean() {
        return mean;
    }

    /** Σ L_i. */
    public double sum() {
        return sum;
    }

    /** The batch loss under a reduction: mean or sum; for NONE, the mean is not defined (NaN). */
    public double reduced(Reduction reduction) {
        return switch (reduction) {
            case MEAN -> mean;
            case SUM -> sum;
            case NONE -> Double.NaN;
        };
    }

    /** Share of samples with predicted == true class. */
    public double accuracy() {
        return accuracy;
    }

    public List<LossWarning> warnings() {
        return warnings;
    }

    public Clipping clipping() {
        return clipping;
    }

    public Precision precision() {
        return precision;
    }
}
