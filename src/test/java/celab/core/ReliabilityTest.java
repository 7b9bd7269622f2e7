package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Reliability bins, ECE, the loss histogram and the clipping curve on small known cases. */
class ReliabilityTest {

    @Test
    void eceWeighsEachBinsGapByItsShare() {
        // bin 9 (0.9, 1]: confidences 0.95, 0.95, right and wrong → gap |0.5 − 0.95| = 0.45, share 2/4
        // bin 5 (0.5, 0.6]: 0.6 (exactly on the upper edge) and 0.55, both right → gap |1 − 0.575|, share 2/4
        Reliability r = Reliability.of(new double[] {0.95, 0.95, 0.6, 0.55},
                new boolean[] {true, false, true, true}, 10);
        assertEquals(2, r.count(9));
        assertEquals(2, r.count(5));
        assertEquals(0, r.count(6));
        assertEquals(0.575, r.confidence(5), 1e-15);
        assertEquals(1.0, r.accuracy(5));
        assertTrue(Double.isNaN(r.accuracy(0)));
        assertEquals(0.5 * 0.45 + 0.5 * 0.425, r.ece(), 1e-15);
    }

    @Test
    void histogramBinsByDecadeQuartersAndCountsZerosAndInfinitiesApart() {
        LossHistogram h = LossHistogram.of(new double[] {0.011, 0.02, 0.5, 3, 0, Double.POSITIVE_INFINITY});
        assertEquals(1e-2, h.lower(0), 1e-18);
        assertEquals(10, h.upper(h.bins() - 1), 1e-12);
        assertEquals(12, h.bins());
        assertEquals(1, h.zero());
        assertEquals(1, h.infinite());
        assertEquals(4, java.util.Arrays.stream(h.counts()).sum());
        assertEquals(1, h.count(0)); // 0.011 in [0.01, 0.0178)
        assertEquals(1, h.count(1)); // 0.02 in [0.0178, 0.0316)
    }

    /** The curve's closed form agrees with clipping every p(true) and averaging. */
    @Property(tries = 200)
    void clippingCurveIsTheMeanOfClippedLosses(
            @ForAll @Size(min = 1, max = 40) java.util.List<@DoubleRange(min = 0, max = 1) Double> ps,
            @ForAll @DoubleRange(min = -12, max = -0.4) double log10Eps) {
        double eps = Math.pow(10, log10Eps);
        double[] p = ps.stream().mapToDouble(Double::doubleValue).toArray();
        ClippingEffect c = ClippingEffect.of(p);
        Clipping clip = Clipping.of(eps);
        double sum = 0;
        int changed = 0;
        for (double v : p) {
            sum += -Math.log(clip.apply(v));
            changed += clip.apply(v) != v ? 1 : 0;
        }
        assertEquals(sum / p.length, c.meanLoss(eps), 1e-9 * Math.max(1, sum / p.length));
        assertEquals(changed, c.clipped(eps));
    }
}
