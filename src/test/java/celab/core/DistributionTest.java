package celab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void movingOneClassRescalesTheOthersInProportion() {
        Distribution d = Distribution.of(0.7, 0.1, 0.2).with(0, 0.4);
        // the others had 0.1 : 0.2 and share the remaining 0.6 in that ratio
        assertArrayEquals(new double[] {0.4, 0.2, 0.4}, d.toArray(), 1e-15);
    }

    @Test
    void whenAllOthersAreZeroTheRestIsSharedEvenly() {
        Distribution d = Distribution.of(1.0, 0.0, 0.0, 0.0).with(0, 0.4);
        assertArrayEquals(new double[] {0.4, 0.2, 0.2, 0.2}, d.toArray(), 1e-15);
    }

    @Test
    void valuesOutsideZeroOneAreClamped() {
        assertEquals(1.0, Distribution.of(0.5, 0.5).with(1, 1.7).get(1));
        assertEquals(0.0, Distribution.of(0.5, 0.5).with(1, -3).get(1));
    }

    @Test
    void growingAddsAClassWithOneOverCAndShrinkingRenormalises() {
        Distribution grown = Distribution.of(0.5, 0.5).resize(4);
        assertEquals(4, grown.size());
        assertEquals(0.25, grown.get(3), 1e-15);
        assertEquals(1.0, grown.sum(), 1e-12);
        Distribution shrunk = Distribution.of(0.2, 0.2, 0.6).resize(2);
        assertArrayEquals(new double[] {0.5, 0.5}, shrunk.toArray(), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, Distribution.of(0, 0, 1).resize(2).toArray(), 1e-15);
    }

    @Test
    void refusesTooFewClassesAndBadValues() {
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1.0));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(0.5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(0.5, -0.1));
    }

    @Property
    void everyMoveKeepsTheRowADistribution(@ForAll("rows") double[] row, @ForAll @IntRange(max = 9) int k,
                                           @ForAll @DoubleRange(min = -0.5, max = 1.5) double p) {
        Distribution d = Distribution.of(row);
        int cls = k % row.length;
        Distribution moved = d.with(cls, p);
        assertEquals(1.0, moved.sum(), 1e-9);
        assertEquals(Math.min(1, Math.max(0, p)), moved.get(cls), 0.0);
        for (int j = 0; j < row.length; j++) {
            assertEquals(true, moved.get(j) >= 0, "class " + j + " negative");
        }
    }

    @Provide
    Arbitrary<double[]> rows() {
        return Arbitraries.doubles().between(0, 1).array(double[].class).ofMinSize(2).ofMaxSize(10)
                .filter(a -> java.util.Arrays.stream(a).sum() > 1e-6)
                .map(a -> {
                    double s = java.util.Arrays.stream(a).sum();
                    return java.util.Arrays.stream(a).map(v -> v / s).toArray();
                });
    }
}
