package celab.core;

/**
 * Cross-entropy read as information: how many nats (or bits) it costs to encode outcomes drawn
 * from y with a code built for ŷ. The terms follow the convention 0·log 0 = 0, so a class with
 * y_j = 0 costs nothing whatever ŷ_j is; a class with y_j &gt; 0 and ŷ_j = 0 costs ∞ (a code that
 * never expects an outcome cannot encode it). No clipping: these are the exact quantities.
 */
public final class Information {

    private Information() {
    }

    /** The surprisal of an outcome of probability p: −log p (∞ at p = 0, 0 at p = 1). */
    public static double surprisal(double p, LogBase base) {
        return base.fromNats(-Math.log(p));
    }

    /** Entropy H(y) = −Σ_j y_j·log y_j: the fewest nats per outcome any code can reach for y. */
    public static double entropy(double[] y, LogBase base) {
        double h = 0;
        for (double v : y) {
            if (v > 0) {
                h -= v * log(v, base);
            }
        }
        return h;
    }

    /** Cross-entropy H(y, ŷ) = −Σ_j y_j·log ŷ_j: the cost per outcome from y with ŷ's code. */
    public static double crossEntropy(double[] y, double[] yHat, LogBase base) {
        check(y, yHat);
        double h = 0;
        for (int j = 0; j < y.length; j++) {
            if (y[j] > 0) {
                h -= y[j] * log(yHat[j], base);
            }
        }
        return h;
    }

    /**
     * KL(y‖ŷ) = Σ_j y_j·log(y_j / ŷ_j): the extra cost of ŷ's code over the best one for y, so
     * H(y, ŷ) = H(y) + KL(y‖ŷ). Summed term by term (not as a difference), so that it is exactly
     * 0 when ŷ = y; it is ≥ 0 for every pair of distributions (Gibbs' inequality).
     */
    public static double kl(double[] y, double[] yHat, LogBase base) {
        check(y, yHat);
        double d = 0;
        for (int j = 0; j < y.length; j++) {
            if (y[j] > 0) {
                d += y[j] * (log(y[j], base) - log(yHat[j], base));
            }
        }
        return d;
    }

    /** Per class, y_j·(−log ŷ_j): the share of the cross-entropy that class j contributes. */
    public static double[] weightedSurprisals(double[] y, double[] yHat, LogBase base) {
        check(y, yHat);
        double[] w = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            w[j] = y[j] > 0 ? -y[j] * log(yHat[j], base) : 0.0;
        }
        return w;
    }

    /** Everything the information view shows for one pair, in one unit. */
    public static Breakdown breakdown(double[] y, double[] yHat, LogBase base) {
        check(y, yHat);
        double[] s = new double[yHat.length];
        for (int j = 0; j < s.length; j++) {
            s[j] = surprisal(yHat[j], base);
        }
        return new Breakdown(base, y.clone(), yHat.clone(), s, weightedSurprisals(y, yHat, base),
                entropy(y, base), crossEntropy(y, yHat, base), kl(y, yHat, base));
    }

    /**
     * One pair y, ŷ read as information.
     *
     * @param surprisal  −log ŷ_j per class
     * @param weighted   y_j·(−log ŷ_j) per class; they sum to the cross-entropy
     * @param entropy    H(y): the floor the cross-entropy cannot go below
     */
    public record Breakdown(LogBase base, double[] y, double[] yHat, double[] surprisal, double[] weighted,
                            double entropy, double crossEntropy, double kl) {

        /** |H(y) + KL − H(y, ŷ)|, which rounding keeps near 0 (∞ − ∞ counts as 0). */
        public double identityError() {
            if (Double.isInfinite(crossEntropy) && Double.isInfinite(kl)) {
                return 0.0;
            }
            return Math.abs(entropy + kl - crossEntropy);
        }

        /** Whether H(y) + KL(y‖ŷ) = H(y, ŷ) holds up to rounding. */
        public boolean identityHolds() {
            return identityError() <= 1e-12 * Math.max(1.0, Math.abs(crossEntropy));
        }
    }

    private static double log(double x, LogBase base) {
        return base == LogBase.E ? Math.log(x) : Math.log(x) / LogBase.LN2;
    }

    private static void check(double[] y, double[] yHat) {
        if (y.length != yHat.length) {
            throw new IllegalArgumentException("y has " + y.length + " classes but ŷ has " + yHat.length);
        }
    }
}
