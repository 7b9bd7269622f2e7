package celab.core;

/**
 * How probabilities are kept away from 0 and 1 before taking the logarithm.
 *
 * <p>With clipping on, every probability p becomes {@code min(max(p, ε), 1 − ε)}, so the
 * loss of one sample lies in [−log(1 − ε), −log ε]. With clipping off, p is used as given:
 * −log(0) is +∞ and a value above 1 gives a negative loss, which is what the lab shows.
 *
 * @param enabled whether to clip at all
 * @param epsilon the distance ε kept from 0 and 1, in (0, 0.5)
 */
public record Clipping(boolean enabled, double epsilon) {

    /** The seeds' choice: ε = 1e-7. */
    public static final double DEFAULT_EPSILON = 1e-7;

    /** Clipping on with ε = 1e-7. */
    public static final Clipping DEFAULT = new Clipping(true, DEFAULT_EPSILON);

    /** No clipping: probabilities are used exactly as given. */
    public static final Clipping OFF = new Clipping(false, DEFAULT_EPSILON);

    public Clipping {
        if (!(epsilon > 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("epsilon must be in (0, 0.5), got " + epsilon);
        }
    }

    /** Clipping on with the given ε. */
    public static Clipping of(double epsilon) {
        return new Clipping(true, epsilon);
    }

    public Clipping withEnabled(boolean on) {
        return new Clipping(on, epsilon);
    }

    public Clipping withEpsilon(double eps) {
        return new Clipping(enabled, eps);
    }

    /** {@code min(max(p, ε), 1 − ε)} when enabled, else p unchanged (NaN stays NaN). */
    public double apply(double p) {
        if (!enabled) {
            return p;
        }
        double hi = 1.0 - epsilon;
        return p < epsilon ? epsilon : (p > hi ? hi : p);
    }

    /** The same in float32: ε and 1 − ε are rounded to float first (1 − 1e-7 is 0.99999988f). */
    public float apply(float p) {
        if (!enabled) {
            return p;
        }
        float lo = (float) epsilon;
        float hi = 1.0f - lo;
        return p < lo ? lo : (p > hi ? hi : p);
    }

    /** The largest loss clipping allows: −log ε (16.118 for ε = 1e-7); +∞ when off. */
    public double cap() {
        return enabled ? -Math.log(epsilon) : Double.POSITIVE_INFINITY;
    }

    /**
     * The smallest loss clipping allows: −log(1 − ε), 1.0000000494736474e-07 for ε = 1e-7; when
     * off, 0 at p = 1. 1 − ε is rounded to float64 first, exactly as {@link #apply(double)} and
     * the loss do (and NumPy's −log(1 − 1e-7)); the exact −log1p(−ε) would be 1.00000005e-07,
     * a floor that no computed loss ever reaches.
     */
    public double floor() {
        return enabled ? -Math.log(1.0 - epsilon) : 0.0;
    }

    /**
     * The largest loss in the given precision: −log ε, with ε rounded to float first in float32
     * (16.118095 there); +∞ when off.
     */
    public double cap(Precision precision) {
        if (precision == Precision.FLOAT64 || !enabled) {
            return cap();
        }
        return -(float) Math.log((float) epsilon);
    }

    /**
     * The smallest loss in the given precision: −log(1 − ε) in float32 is about 1.19e-7 for
     * ε = 1e-7, because 1 − 1e-7 rounds to 0.99999988 there; 0 when off.
     */
    public double floor(Precision precision) {
        if (precision == Precision.FLOAT64 || !enabled) {
            return floor();
        }
        return -(float) Math.log(1.0f - (float) epsilon);
    }
}
