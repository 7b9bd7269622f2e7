package celab.core;

/**
 * A running sum that keeps its precision over millions of terms in constant memory: Neumaier's
 * variant of Kahan summation, which carries the rounding error of each addition and adds it back
 * at the end. As accurate as NumPy's pairwise sum (better for most inputs) without holding the
 * terms. Infinite and NaN terms give the IEEE result (one +∞ makes the sum +∞).
 */
public final class CompensatedSum {
    private double sum;
    private double compensation;
    private boolean nonFinite;
    private double naive;

    /** Adds {@code x}. */
    public void add(double x) {
        naive += x;
        if (!Double.isFinite(x) || nonFinite) {
            nonFinite = true;
            return;
        }
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    /** The sum so far: 0 before any term. */
    public double value() {
        return nonFinite ? naive : sum + compensation;
    }
}
