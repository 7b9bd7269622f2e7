package celab.core;

/**
 * The two ways from one row of logits z to the loss of target t, step by step, so the lab can
 * show where they part. Both use the core's own functions; the stable loss here equals
 * {@link CrossEntropy#evaluateLogits} for the same row and precision.
 */
public final class SoftmaxSteps {

    private SoftmaxSteps() {
    }

    /**
     * The stable path: m = max z, the shifted logits z − m (all ≤ 0, so exp never overflows),
     * s = Σ exp(z_j − m), log-softmax_j = (z_j − m) − log s, and L = −log-softmax_t.
     */
    public record Stable(double max, double[] shifted, double sumExp, double[] logProbabilities, double loss) {
        public Stable {
            shifted = shifted.clone();
            logProbabilities = logProbabilities.clone();
        }

        @Override
        public double[] shifted() {
            return shifted.clone();
        }

        @Override
        public double[] logProbabilities() {
            return logProbabilities.clone();
        }
    }

    /**
     * The naive path: e_j = exp(z_j), s = Σ e_j, p_j = e_j / s, L = −log p_t, no shift and no
     * clipping. In float64 e_j is ∞ once z_j &gt; 709.78 (float32: 88.72) and then p = ∞/∞ = NaN;
     * s can overflow a little earlier when several logits are near the limit; and e_t = 0 (z_t
     * far below the others' scale, e.g. −746 in float64) gives p_t = 0 and L = ∞.
     */
    public record Naive(double[] exps, double sumExp, double[] probabilities, double loss) {
        public Naive {
            exps = exps.clone();
            probabilities = probabilities.clone();
        }

        @Override
        public double[] exps() {
            return exps.clone();
        }

        @Override
        public double[] probabilities() {
            return probabilities.clone();
        }

        /** True when some step produced ∞ or NaN, or the loss is not a finite number. */
        public boolean broken() {
            if (!Double.isFinite(sumExp) || !Double.isFinite(loss)) {
                return true;
            }
            for (double e : exps) {
                if (!Double.isFinite(e)) {
                    return true;
                }
            }
            return false;
        }

        /** True when exp of some logit overflowed to ∞ on its own. */
        public boolean expOverflowed() {
            for (double e : exps) {
                if (e == Double.POSITIVE_INFINITY) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The stable path for row z and target t in the given precision. */
    public static Stable stable(double[] z, int target, Precision precision) {
        checkTarget(z, target);
        double m = precision.round(Softmax.max(z));
        double[] shifted = new double[z.length];
        double s = 0;
        for (int j = 0; j < z.length; j++) {
            shifted[j] = precision.round(precision.round(z[j]) - m);
            s = precision.round(s + precision.round(Math.exp(shifted[j])));
        }
        double[] lp = Softmax.logSoftmax(z, precision);
        return new Stable(m, shifted, s, lp, precision.round(-lp[target]));
    }

    /** The naive path for row z and target t in the given precision. */
    public static Naive naive(double[] z, int target, Precision precision) {
        checkTarget(z, target);
        double[] e = new double[z.length];
        double s = 0;
        for (int j = 0; j < z.length; j++) {
            e[j] = precision.round(Math.exp(precision.round(z[j])));
            s = precision.round(s + e[j]);
        }
        double[] p = Softmax.naiveSoftmax(z, precision);
        return new Naive(e, s, p, CrossEntropy.loss(p[target], Clipping.OFF, precision));
    }

    /**
     * The smallest x for which exp(x) is 0 in this precision (exp underflows, even past the
     * subnormals): about −745.13 in float64 and −103.97 in float32.
     */
    public static double expUnderflowThreshold(Precision precision) {
        return precision == Precision.FLOAT32
                ? Math.log(Float.MIN_VALUE) - Math.log(2)
                : Math.log(Double.MIN_VALUE) - Math.log(2);
    }

    private static void checkTarget(double[] z, int target) {
        if (target < 0 || target >= z.length) {
            throw new IllegalArgumentException("class index " + target + " is out of range [0, " + z.length + ")");
        }
    }
}
