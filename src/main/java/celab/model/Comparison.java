package celab.model;

import celab.core.LossResult;

/**
 * Two predictions A and B judged against the same true class, read from the core's two results:
 * their losses, verdicts and accuracies side by side, and the two challenges of the accuracy-vs-loss
 * screen. Pure: no JavaFX, so the checks are tested without a screen.
 *
 * @param trueClass  the shared target
 * @param lossA      −log p_A(true), as the core computed it
 * @param lossB      −log p_B(true)
 * @param pTrueA     the probability A gives the true class
 * @param pTrueB     the probability B gives the true class
 * @param predictedA argmax of A
 * @param predictedB argmax of B
 * @param accuracyA  1 when A's argmax is the true class, else 0 (the core's accuracy of a one-row batch)
 * @param accuracyB  the same for B
 */
public record Comparison(int trueClass, double lossA, double lossB, double pTrueA, double pTrueB,
                         int predictedA, int predictedB, double accuracyA, double accuracyB) {

    /** "Very different" losses: the larger is at least this many times the smaller ... */
    public static final double FACTOR = 3.0;

    /** ... and at least this much larger (so that 0.001 vs 0.003 does not count). */
    public static final double MIN_GAP = 0.5;

    /** Index of prediction A in {@link #lower()} and friends. */
    public static final int A = 0;

    /** Index of prediction B. */
    public static final int B = 1;

    /** Reads sample 0 of each result; both must be judged against the same class. */
    public static Comparison of(LossResult a, LossResult b) {
        if (a.trueClass(0) != b.trueClass(0)) {
            throw new IllegalArgumentException("A and B are judged against different classes: "
                    + a.trueClass(0) + " and " + b.trueClass(0));
        }
        return new Comparison(a.trueClass(0), a.loss(0), b.loss(0), a.pTrue(0), b.pTrue(0),
                a.predicted(0), b.predicted(0), a.accuracy(), b.accuracy());
    }

    public boolean correctA() {
        return predictedA == trueClass;
    }

    public boolean correctB() {
        return predictedB == trueClass;
    }

    public boolean correct(int which) {
        return which == A ? correctA() : correctB();
    }

    public double loss(int which) {
        return which == A ? lossA : lossB;
    }

    public double pTrue(int which) {
        return which == A ? pTrueA : pTrueB;
    }

    public int predicted(int which) {
        return which == A ? predictedA : predictedB;
    }

    /** lossB − lossA: positive when B is the worse prediction. */
    public double difference() {
        return lossB - lossA;
    }

    /** The larger loss over the smaller: 1 when equal, ∞ when the smaller is 0, NaN when both are ∞. */
    public double ratio() {
        double hi = Math.max(lossA, lossB);
        double lo = Math.min(lossA, lossB);
        if (lo == hi) {
            return Double.isInfinite(hi) ? Double.NaN : 1.0;
        }
        return lo <= 0 ? Double.POSITIVE_INFINITY : hi / lo;
    }

    /** Which prediction has the lower loss (A on a tie). */
    public int lower() {
        return lossB < lossA ? B : A;
    }

    /** The other one. */
    public static int other(int which) {
        return 1 - which;
    }

    public boolean sameAccuracy() {
        return accuracyA == accuracyB;
    }

    /**
     * Challenge 1: accuracy cannot tell A and B apart, but the loss can: both right or both wrong,
     * and the larger loss is at least {@value #FACTOR}× the smaller and {@value #MIN_GAP} above it.
     */
    public boolean sameAccuracyDifferentLoss() {
        double hi = Math.max(lossA, lossB);
        double lo = Math.min(lossA, lossB);
        return sameAccuracy() && hi >= FACTOR * lo && hi - lo >= MIN_GAP;
    }

    /**
     * Challenge 2: one prediction is wrong (argmax ≠ true class) and the other right, yet the wrong
     * one has the strictly lower loss — it gives the true class more probability than the right one.
     */
    public boolean wrongBeatsRight() {
        if (correctA() == correctB()) {
            return false;
        }
        int wrong = correctA() ? B : A;
        return loss(wrong) < loss(other(wrong));
    }
}
