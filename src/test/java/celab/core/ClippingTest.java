package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clipping keeps probabilities in [ε, 1 − ε]; its cap and floor are what the loss really does. */
class ClippingTest {

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(1e-15, 0.49).ofScale(18),
                Arbitraries.of(1e-7, 1e-3, 1e-12, 0.1, 0.25));
    }

    @Test
    void defaultIsOnWithTheSeedsEpsilon() {
        assertTrue(Clipping.DEFAULT.enabled());
        assertEquals(1e-7, Clipping.DEFAULT.epsilon());
        assertFalse(Clipping.OFF.enabled());
        assertEquals(Clipping.DEFAULT, Clipping.of(1e-7));
        assertEquals(Clipping.OFF, Clipping.DEFAULT.withEnabled(false));
        assertEquals(1e-3, Clipping.DEFAULT.withEpsilon(1e-3).epsilon());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1e-7, 0.5, 0.7, Double.NaN, Double.POSITIVE_INFINITY})
    void epsilonMustLieStrictlyBetweenZeroAndOneHalf(double eps) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Clipping.of(eps));

        assertEquals("epsilon must be in (0, 0.5), got " + eps, e.getMessage());
    }

    @Test
    void applyClampsToTheRange() {
        assertEquals(1e-7, Clipping.DEFAULT.apply(0.0));
        assertEquals(1e-7, Clipping.DEFAULT.apply(1e-9));
        assertEquals(0.5, Clipping.DEFAULT.apply(0.5));
        assertEquals(1 - 1e-7, Clipping.DEFAULT.apply(1.0));
        assertEquals(1 - 1e-7, Clipping.DEFAULT.apply(1 + 1e-9));
        assertTrue(Double.isNaN(Clipping.DEFAULT.apply(Double.NaN)));
        assertEquals(0.0, Clipping.OFF.apply(0.0));
        assertEquals(1 + 1e-9, Clipping.OFF.apply(1 + 1e-9));
    }

    @Property
    void floorAndCapAreTheLossesAtOneAndZero(@ForAll("epsilons") double eps) {
        Clipping c = Clipping.of(eps);

        // The readouts must equal what the loss computes, to the last bit.
        assertEquals(CrossEntropy.loss(1.0, c), c.floor(), 0.0);
        assertEquals(CrossEntropy.loss(0.0, c), c.cap(), 0.0);
        for (Precision precision : Precision.values()) {
            assertEquals(CrossEntropy.loss(1.0, c, precision), c.floor(precision), 0.0);
            assertEquals(CrossEntropy.loss(0.0, c, precision), c.cap(precision), 0.0);
        }
    }

    @Property
    void clippedLossStaysBetweenFloorAndCap(@ForAll("epsilons") double eps,
                                            @ForAll("probabilities") double p) {
        Clipping c = Clipping.of(eps);
        double l = CrossEntropy.loss(p, c);

        assertTrue(l >= c.floor() && l <= c.cap(), () -> l + " outside [" + c.floor() + ", " + c.cap() + "]");
        double clipped = c.apply(p);
        assertTrue(clipped >= eps && clipped <= 1 - eps);
    }

    @Provide
    Arbitrary<Double> probabilities() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1 + 1e-6).ofScale(18),
                Arbitraries.of(0.0, 1.0, 1 + 1e-6, 1e-300, Double.MIN_VALUE));
    }

    @Test
    void floorIsComputedFromOneMinusEpsilonAsRounded() {
        // 1 - 1e-7 is 0.99999990000000005 in float64; -log of that is 1.0000000494736474e-07,
        // not the exact -log1p(-1e-7) = 1.00000005e-07.
        assertEquals(Seeds.FLOOR, Clipping.DEFAULT.floor(), 0.0);
    }
}
