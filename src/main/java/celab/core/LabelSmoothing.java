package celab.core;

/**
 * Label smoothing, as PyTorch's {@code label_smoothing=α}: the one-hot target is mixed with the
 * uniform distribution, y = (1 − α)·one-hot + α/C. The true class keeps 1 − α + α/C and every
 * other class gets α/C, so no target asks for a probability of exactly 0 or 1.
 */
public final class LabelSmoothing {

    private LabelSmoothing() {
    }

    /** Checks 0 ≤ α ≤ 1, as PyTorch does. */
    public static void check(double alpha) {
        if (!(alpha >= 0.0 && alpha <= 1.0)) {
            throw new IllegalArgumentException("label smoothing " + alpha + " is not in [0, 1]");
        }
    }

    /** The smoothed target row for class {@code target} of {@code classes}. */
    public static double[] row(int target, int classes, double alpha) {
        check(alpha);
        if (classes < 1 || target < 0 || target >= classes) {
            throw new IllegalArgumentException("class " + target + " is not in [0, " + classes + ")");
        }
        double[] y = new double[classes];
        java.util.Arrays.fill(y, alpha / classes);
        y[target] += 1.0 - alpha;
        return y;
    }

    /** Smooths every row of index targets into label rows. */
    public static Targets.Rows rows(Targets.Indices targets, int classes, double alpha) {
        int[] cls = targets.classes();
        double[] flat = new double[cls.length * classes];
        for (int i = 0; i < cls.length; i++) {
            System.arraycopy(row(cls[i], classes, alpha), 0, flat, i * classes, classes);
        }
        return new Targets.Rows(Matrix.wrap(cls.length, classes, flat));
    }
}
