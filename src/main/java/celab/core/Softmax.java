package celab.core;

/**
 * From raw scores (logits) to probabilities. The stable forms subtract the row's maximum first,
 * which changes nothing mathematically (softmax is shift-invariant) but keeps every exponent
 * ≤ 0, so exp never overflows. The naive form is kept, clearly named, to show why.
 */
public final class Softmax {

    private Softmax() {
    }

    /** softmax(z)_j = exp(z_j − max z) / Σ_k exp(z_k − max z). */
    public static double[] softmax(double[] z) {
        double[] out = logSoftmax(z);
        for (int j = 0; j < out.length; j++) {
            out[j] = Math.exp(out[j]);
        }
        return out;
    }

    /** log softmax(z)_j = (z_j − m) − log Σ_k exp(z_k − m), m = max z. Exact for any finite z. */
    public static double[] logSoftmax(double[] z) {
        double m = max(z);
        double s = 0;
        for (double v : z) {
            s += Math.exp(v - m);
        }
        double lse = Math.log(s);
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            out[j] = (z[j] - m) - lse;
        }
        return out;
    }

    /** log Σ_k exp(z_k), computed stably as m + log Σ exp(z_k − m). */
    public static double logSumExp(double[] z) {
        double m = max(z);
        double s = 0;
        for (double v : z) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s);
    }

    /**
     * The naive softmax exp(z_j) / Σ exp(z_k) with no shift. In float64 exp overflows to ∞ once
     * a logit passes about 709.78 (float32: 88.72), and ∞/∞ gives NaN. For teaching only.
     */
    public static double[] naiveSoftmax(double[] z, Precision precision) {
        double[] e = new double[z.length];
        double s = 0;
        for (int j = 0; j < z.length; j++) {
            e[j] = precision.round(Math.exp(precision.round(z[j])));
            s = precision.round(s + e[j]);
        }
        for (int j = 0; j < z.length; j++) {
            e[j] = precision.round(e[j] / s);
        }
        return e;
    }

    /** The stable softmax in the given precision (float32 rounds every intermediate). */
    public static double[] softmax(double[] z, Precision precision) {
        if (precision == Precision.FLOAT64) {
            return softmax(z);
        }
        double[] lp = logSoftmax(z, precision);
        for (int j = 0; j < lp.length; j++) {
            lp[j] = precision.round(Math.exp(lp[j]));
        }
        return lp;
    }

    /** The stable log-softmax in the given precision (float32 rounds every intermediate). */
    public static double[] logSoftmax(double[] z, Precision precision) {
        if (precision == Precision.FLOAT64) {
            return logSoftmax(z);
        }
        float m = Float.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, (float) v);
        }
        float s = 0;
        for (double v : z) {
            s += (float) Math.exp((float) v - m);
        }
        float lse = (float) Math.log(s);
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            out[j] = ((float) z[j] - m) - lse;
        }
        return out;
    }

    static double max(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        return m;
    }
}
