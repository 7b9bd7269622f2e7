package celab.core;

/** How per-sample losses become the batch loss. */
public enum Reduction {
    /** (1/N)·Σ L_i, the usual training signal. */
    MEAN,
    /** Σ L_i. */
    SUM,
    /** The per-sample losses themselves. */
    NONE;

    /**
     * Reduces per-sample losses: one value for MEAN and SUM, a copy of the array for NONE.
     * An empty array gives NaN for MEAN and 0 for SUM.
     */
    public double[] apply(double[] losses) {
        return switch (this) {
            case MEAN -> new double[] {CrossEntropy.mean(losses)};
            case SUM -> new double[] {CrossEntropy.sum(losses)};
            case NONE -> losses.clone();
        };
    }
}
