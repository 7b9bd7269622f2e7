package celab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ConfidencesTest {
    private static final Matrix SEED = Matrix.of(
            new double[] {0.7, 0.1, 0.2}, new double[] {0.1, 0.5, 0.4}, new double[] {0.02, 0.9, 0.08});

    @Test
    void indexingPicksTheSeedsConfidences() {
        double[] c = Confidences.byIndex(SEED, Targets.indices(0, 1, 1), Clipping.DEFAULT);
        assertArrayEquals(new double[] {0.7, 0.5, 0.9}, c, 0.0);
    }

    @Test
    void multiplyAndSumKeepsTheSameConfidences() {
        Targets.Rows y = Targets.rows(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 1, 0});
        double[] c = Confidences.byMultiplyAndSum(SEED, y, Clipping.DEFAULT);
        assertArrayEquals(new double[] {0.7, 0.5, 0.9}, c, 1e-15);
    }

    @Test
    void clippingLiftsAZeroToEpsilonInBothWays() {
        Matrix m = Matrix.of(new double[] {0.0, 1.0});
        assertEquals(1e-7, Confidences.byIndex(m, Targets.indices(0), Clipping.DEFAULT)[0], 0.0);
        assertEquals(1e-7, Confidences.byMultiplyAndSum(m, Targets.rows(new double[] {1, 0}), Clipping.DEFAULT)[0], 0.0);
        assertEquals(0.0, Confidences.byIndex(m, Targets.indices(0), Clipping.OFF)[0], 0.0);
        assertEquals(0.0, Confidences.byMultiplyAndSum(m, Targets.rows(new double[] {1, 0}), Clipping.OFF)[0], 0.0);
    }

    @Test
    void mismatchedShapesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Confidences.byIndex(SEED, Targets.indices(0, 1), Clipping.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> Confidences.byIndex(SEED, Targets.indices(0, 1, 3), Clipping.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> Confidences.byMultiplyAndSum(SEED, Targets.rows(new double[] {1, 0, 0}), Clipping.DEFAULT));
    }

    @Property
    void bothWaysAgreeForOneHotTargets(@ForAll @DoubleRange(min = 0, max = 1) double a,
                                       @ForAll @DoubleRange(min = 0, max = 1) double b,
                                       @ForAll @DoubleRange(min = 0, max = 1) double c,
                                       @ForAll @IntRange(min = 0, max = 2) int t) {
        Matrix m = Matrix.of(new double[] {a, b, c});
        Targets.Indices idx = Targets.indices(t);
        assertArrayEquals(Confidences.byIndex(m, idx, Clipping.DEFAULT),
                Confidences.byMultiplyAndSum(m, idx.toOneHot(3), Clipping.DEFAULT), 0.0);
    }
}
