package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.Precision;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The clipping screen's numbers, against values worked out by hand and in NumPy terms. */
class ClippingModelTest {

    private final Lab lab = new Lab();
    private final ClippingModel m = lab.clippingLab();

    @Test
    void defaultCapAndFloorAreTheSeedsEpsilon() {
        assertEquals(1e-7, m.epsilon());
        assertEquals(16.11809565, m.cap(), 1e-8);
        assertEquals(1.0000000494736474e-07, m.floor(), 1e-22);
        assertEquals(16.11809565, m.zeroProperty().get().loss(0), 1e-8);
        assertEquals(1e-7, m.zeroProperty().get().pTrueUsed(0));
    }

    @Test
    void withoutClippingZeroIsInfiniteAndTheFloorIsZero() {
        m.setClippingEnabled(false);
        assertEquals(Double.POSITIVE_INFINITY, m.zeroProperty().get().loss(0));
        assertEquals(Double.POSITIVE_INFINITY, m.cap());
        assertEquals(0.0, m.floor(), 0.0); // −log 1 is −0.0, shown as "0"
        assertEquals(1e-7, lab.getClipping().epsilon(), "ε is kept while clipping is off");
    }

    @Test
    void justAboveOneGivesANegativeLossWithoutClippingAndTheFloorWithIt() {
        m.setClippingEnabled(false);
        double off = m.aboveOneProperty().get().loss(0);
        assertTrue(off < 0, "loss " + off + " should be negative");
        assertEquals(-1e-9, off, 1e-15);
        m.setClippingEnabled(true);
        assertEquals(1.0000000494736474e-07, m.aboveOneProperty().get().loss(0), 1e-22);
    }

    @Test
    void float32StoresOneMinusEpsilonAs0_99999988AndRaisesTheFloor() {
        assertEquals(0.9999999, m.edge64Property().get().pTrueUsed(0), 1e-16);
        assertEquals(0.99999988079071044921875, m.edge32Property().get().pTrueUsed(0), 0.0);
        m.setPrecision(Precision.FLOAT32);
        // NumPy prints 1.1920929e-07; a float32 log rounded from double lands one float ulp (1.4e-14) above
        assertEquals(1.1920929e-07, m.floor(), 1.5e-14);
        assertEquals(Precision.FLOAT32, lab.getPrecision());
        assertEquals(1.0000000494736474e-07, m.edge64Property().get().loss(0), 1e-22,
                "the float64 edge stays available for comparison");
    }

    @Test
    void float32CannotKeepPBelowOneForATinyEpsilon() {
        m.setEpsilon(1e-9);
        assertEquals(1.0, m.edge32Property().get().pTrueUsed(0));
        m.setPrecision(Precision.FLOAT32);
        assertEquals(0.0, m.floor(), 0.0);
        m.setClippingEnabled(false);
        assertEquals(0.0, m.aboveOneProperty().get().loss(0), 0.0, "1 + 1e-9 is exactly 1 as a float");
    }

    @Test
    void oneZeroPoisonsTheBatchMeanOnlyWithoutClipping() {
        assertEquals(0.38506088005216804, m.batchProperty().get().mean(), 1e-15);
        // sample 1's dog goes 0.7 → 0: (16.11809565 + ln 2 + −ln 0.9) / 3
        assertEquals(5.63886778, m.poisonedProperty().get().mean(), 1e-8);
        m.setClippingEnabled(false);
        assertEquals(Double.POSITIVE_INFINITY, m.poisonedProperty().get().mean());
        assertEquals(0.38506088005216804, m.batchProperty().get().mean(), 1e-15);
    }

    @Test
    void thePoisonedSampleCanBeChosen() {
        m.setPoisonedSample(1);
        // sample 2's cat 0.5 → 0: (−ln 0.7 + 16.11809565 + −ln 0.9) / 3
        assertEquals(5.52671037, m.poisonedProperty().get().mean(), 1e-8);
        assertEquals(0.0, m.poisonedProperty().get().pTrue(1));
        assertThrows(IllegalArgumentException.class, () -> m.setPoisonedSample(3));
        assertEquals(1, m.poisonedSampleProperty().get());
    }

    @Test
    void theSliderExponentGivesThreeSignificantDigits() {
        m.setEpsilonExponent(-6.534);
        assertEquals(2.92e-7, m.epsilon());
        m.setEpsilonExponent(-7);
        assertEquals(1e-7, m.epsilon());
        m.setEpsilonExponent(-15);
        assertEquals(1e-15, m.epsilon());
        assertEquals(34.538776394910684, m.cap(), 1e-12);
        m.setEpsilonExponent(-1);
        assertEquals(0.1, m.epsilon());
        assertEquals(2.302585093, m.cap(), 1e-9);
    }

    @Test
    void anEpsilonOutsideTheRangeIsRefusedAndChangesNothing() {
        assertThrows(IllegalArgumentException.class, () -> m.setEpsilon(2));
        assertThrows(IllegalArgumentException.class, () -> m.setEpsilon(1e-16));
        assertThrows(IllegalArgumentException.class, () -> m.setEpsilon(Double.NaN));
        assertEquals(1e-7, m.epsilon());
    }

    @Test
    void followsTheSharedClippingSetElsewhere() {
        lab.clippingProperty().set(Clipping.of(1e-3));
        assertEquals(6.907755279, m.cap(), 1e-9);
        assertEquals(1e-3, m.zeroProperty().get().pTrueUsed(0));
    }

    @Test
    void resetPutsTheSampleBackAndResetNumericsTheSharedSettings() {
        m.setEpsilon(1e-3);
        m.setClippingEnabled(false);
        m.setPrecision(Precision.FLOAT32);
        m.setPoisonedSample(2);
        lab.resetNumerics();
        m.reset();
        assertEquals(Clipping.DEFAULT, lab.getClipping());
        assertEquals(Precision.FLOAT64, lab.getPrecision());
        assertEquals(0, m.poisonedSampleProperty().get());
        assertEquals(16.11809565, m.cap(), 1e-8);
    }

    @Property(tries = 200)
    void everyClippedLossLiesBetweenFloorAndCap(@ForAll @DoubleRange(min = -15, max = -1) double exponent) {
        Lab l = new Lab();
        ClippingModel c = l.clippingLab();
        c.setEpsilonExponent(exponent);
        double eps = c.epsilon();
        assertEquals(-Math.log(eps), c.cap(), 1e-12 * c.cap());
        assertEquals(-Math.log1p(-eps), c.floor(), 1e-3 * eps + 1e-16);
        for (double loss : c.poisonedProperty().get().perSample()) {
            assertTrue(loss >= c.floor() && loss <= c.cap(), loss + " outside [floor, cap] for ε = " + eps);
        }
        double above = c.aboveOneProperty().get().loss(0);
        assertTrue(above >= c.floor() && above > 0, "clipped loss above 1 is " + above);
    }
}
