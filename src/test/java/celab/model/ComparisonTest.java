package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.Matrix;
import celab.core.Precision;
import celab.core.Targets;
import org.junit.jupiter.api.Test;

/** The challenge checks on hand-made pairs, both ways round and at the thresholds. */
class ComparisonTest {

    /** A pair judged against class 1, with the given losses and argmaxes. */
    private static Comparison pair(double lossA, int predA, double lossB, int predB) {
        return new Comparison(1, lossA, lossB, Math.exp(-lossA), Math.exp(-lossB), predA, predB,
                predA == 1 ? 1 : 0, predB == 1 ? 1 : 0);
    }

    @Test
    void veryDifferentNeedsThreeTimesAndHalfANat() {
        assertFalse(pair(0.5, 1, 1.0, 1).sameAccuracyDifferentLoss(), "×2");
        assertTrue(pair(0.3, 1, 0.9, 1).sameAccuracyDifferentLoss(), "×3 and 0.6 apart");
        assertFalse(pair(0.29, 1, 0.86, 1).sameAccuracyDifferentLoss(), "×2.97");
        assertFalse(pair(0.001, 1, 0.01, 1).sameAccuracyDifferentLoss(), "×10 but only 0.009 apart");
        assertTrue(pair(1.2, 0, 4.6, 2).sameAccuracyDifferentLoss(), "both wrong counts too");
        assertTrue(pair(4.6, 0, 1.2, 2).sameAccuracyDifferentLoss(), "either order");
    }

    @Test
    void differentAccuracyIsNeverChallengeOne() {
        assertFalse(pair(0.1, 1, 2.0, 0).sameAccuracyDifferentLoss());
    }

    @Test
    void wrongBeatsRightNeedsOneOfEachAndTheWrongOneLower() {
        assertTrue(pair(0.9, 0, 1.0, 1).wrongBeatsRight());
        assertTrue(pair(1.0, 1, 0.9, 2).wrongBeatsRight());
        assertFalse(pair(1.0, 0, 0.9, 1).wrongBeatsRight(), "wrong and higher");
        assertFalse(pair(1.0, 0, 1.0, 1).wrongBeatsRight(), "a tie is not lower");
        assertFalse(pair(0.5, 1, 1.0, 1).wrongBeatsRight(), "both right");
        assertFalse(pair(0.5, 0, 1.0, 2).wrongBeatsRight(), "both wrong");
    }

    @Test
    void ratioAndLower() {
        assertEquals(1.0, pair(0.7, 1, 0.7, 1).ratio());
        assertEquals(Double.POSITIVE_INFINITY, pair(0, 1, 0.7, 1).ratio());
        assertTrue(Double.isNaN(pair(Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY, 0).ratio()));
        assertEquals(Comparison.B, pair(0.7, 1, 0.2, 1).lower());
        assertEquals(Comparison.A, pair(0.7, 1, 0.7, 1).lower());
    }

    @Test
    void readsTheCoresResults() {
        Targets t = new Targets.Indices(new int[] {1});
        var a = CrossEntropy.evaluate(Matrix.wrap(1, 3, new double[] {0.45, 0.40, 0.15}), t,
                Clipping.DEFAULT, Precision.FLOAT64);
        var b = CrossEntropy.evaluate(Matrix.wrap(1, 3, new double[] {0.32, 0.36, 0.32}), t,
                Clipping.DEFAULT, Precision.FLOAT64);
        Comparison c = Comparison.of(a, b);
        assertEquals(0, c.predictedA());
        assertEquals(0.0, c.accuracyA());
        assertEquals(1.0, c.accuracyB());
        assertEquals(0.9162907, c.lossA(), 1e-6);
        assertTrue(c.wrongBeatsRight());
    }

    @Test
    void refusesResultsForDifferentClasses() {
        var a = CrossEntropy.evaluate(Matrix.wrap(1, 3, new double[] {0.2, 0.6, 0.2}),
                new Targets.Indices(new int[] {1}), Clipping.DEFAULT, Precision.FLOAT64);
        var b = CrossEntropy.evaluate(Matrix.wrap(1, 3, new double[] {0.2, 0.6, 0.2}),
                new Targets.Indices(new int[] {0}), Clipping.DEFAULT, Precision.FLOAT64);
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(a, b));
    }
}
