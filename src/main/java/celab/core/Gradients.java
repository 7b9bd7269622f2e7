package celab.core;

/**
 * Derivatives of one sample's loss, the signal that training follows.
 */
public final class Gradients {

    private Gradients() {
    }

    /**
     * ∂L/∂ŷ_j = −y_j / clip(ŷ_j). Only the true class has a non-zero entry for a one-hot y, and it
     * grows without bound as ŷ_true → 0, which is why a confident wrong answer is pushed hard.
     */
    public static double[] wrtProbabilities(double[] yHat, double[] y, Clipping clipping) {
        double[] g = new double[yHat.length];
        for (int j = 0; j < yHat.length; j++) {
            g[j] = y[j] == 0 ? 0.0 : -y[j] / clipping.apply(yHat[j]);
        }
        return g;
    }

    /**
     * ∂L/∂z_j = softmax(z)_j − y_j for L = −Σ y·log softmax(z) and a y that sums to 1. Bounded in
     * [−1, 1] whatever the logits, which is why softmax and cross-entropy are fused in practice.
     */
    public static double[] wrtLogits(double[] z, double[] y) {
        double[] g = Softmax.softmax(z);
        for (int j = 0; j < g.length; j++) {
            g[j] -= y[j];
        }
        return g;
    }

    /**
     * The slope of the curve L(p) = −log(clip(p)) that the lab draws: dL/dp = −1/p inside
     * [ε, 1 − ε], and 0 where clipping holds p fixed (as autograd gives through a clamp). With
     * clipping off it is −1/p everywhere (−∞ at p = 0). This is ∂L/∂p_true: at p = 0.9 the loss
     * pulls with −1.11, at p = 0.1 with −10, so a confident mistake is pushed nine times harder.
     */
    public static double curveSlope(double pTrue, Clipping clipping) {
        if (clipping.enabled() && (pTrue < clipping.epsilon() || pTrue > 1 - clipping.epsilon())) {
            return 0.0;
        }
        return -1.0 / pTrue;
    }

    /** A one-hot row of width {@code classes} with the 1 at {@code target}. */
    public static double[] oneHot(int target, int classes) {
        double[] y = new double[classes];
        y[target] = 1.0;
        return y;
    }
}
