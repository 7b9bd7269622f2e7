package celab.core;

import java.util.Arrays;

/**
 * What clipping does to a batch with one true class per sample: how many probabilities of the
 * true class fall below ε or above 1 − ε (those rows' losses are capped at −log ε or floored at
 * −log(1 − ε)), and the mean loss as a function of ε. Built once from the sorted p(true), so a
 * whole curve costs a binary search per point, not a pass over the data.
 */
public final class ClippingEffect {
    /** The smallest ε on the curve. */
    public static final double CURVE_MIN = 1e-12;
    /** The largest ε on the curve (ε must stay below 0.5). */
    public static final double CURVE_MAX = 0.4;

    private final double[] sorted;
    /** prefix[k] = Σ_{i<k} −log sorted[i], with 0 for p = 0 (always clipped when ε > 0). */
    private final double[] prefix;
    private final double unclippedMean;

    private ClippingEffect(double[] sorted, double[] prefix, double unclippedMean) {
        this.sorted = sorted;
        this.prefix = prefix;
        this.unclippedMean = unclippedMean;
    }

    /** From the probability each sample gives its true class (before any clipping). */
    public static ClippingEffect of(double[] pTrue) {
        double[] s = pTrue.clone();
        Arrays.sort(s);
        double[] prefix = new double[s.length + 1];
        double unclipped = 0;
        for (int i = 0; i < s.length; i++) {
            double l = -Math.log(s[i]);
            prefix[i + 1] = prefix[i] + (s[i] > 0 ? l : 0);
            unclipped += l;
        }
        return new ClippingEffect(s, prefix, s.length == 0 ? Double.NaN : unclipped / s.length);
    }

    public int size() {
        return sorted.length;
    }

    /** Samples whose p(true) is below ε: their loss is raised to −log ε. */
    public int below(double epsilon) {
        return lowerBound(epsilon);
    }

    /** Samples whose p(true) is above 1 − ε: their loss is raised to −log(1 − ε). */
    public int above(double epsilon) {
        return sorted.length - upperBound(1.0 - epsilon);
    }

    /** Rows the clipping at ε changes. */
    public int clipped(double epsilon) {
        return below(epsilon) + above(epsilon);
    }

    /** The mean of −log clip(p(true)) at ε: the batch loss with clipping at ε. */
    public double meanLoss(double epsilon) {
        int lo = below(epsilon);
        int hi = upperBound(1.0 - epsilon);
        double sum = lo * -Math.log(epsilon) + (sorted.length - hi) * -Math.log(1.0 - epsilon)
                + (prefix[hi] - prefix[lo]);
        return sum / sorted.length;
    }

    /** The mean loss without clipping (+∞ if any p(true) is 0). */
    public double unclippedMeanLoss() {
        return unclippedMean;
    }

    /** The smallest p(true). */
    public double minimum() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    /** {@code points} values of ε spaced evenly in log from {@link #CURVE_MIN} to {@link #CURVE_MAX}. */
    public static double[] curveEpsilons(int points) {
        double[] e = new double[points];
        for (int k = 0; k < points; k++) {
            e[k] = Math.pow(10, Math.log10(CURVE_MIN)
                    + (Math.log10(CURVE_MAX) - Math.log10(CURVE_MIN)) * k / (points - 1));
        }
        return e;
    }

    /** First index with sorted[i] ≥ x. */
    private int lowerBound(double x) {
        int a = 0;
        int b = sorted.length;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (sorted[m] < x) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        return a;
    }

    /** First index with sorted[i] > x. */
    private int upperBound(double x) {
        int a = 0;
        int b = sorted.length;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (sorted[m] <= x) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        return a;
    }
}
