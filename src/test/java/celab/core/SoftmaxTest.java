package celab.core;

import static celab.core.Generators.close;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The stable softmax and log-softmax, and the naive softmax kept to show why. */
class SoftmaxTest {

    /** ln(Double.MAX_VALUE) and ln(Float.MAX_VALUE), from Python's math.log(np.finfo(...).max). */
    private static final double EXP_LIMIT_64 = 709.782712893384;
    private static final double EXP_LIMIT_32 = 88.72283905206835;

    @Provide
    Arbitrary<double[]> wideLogits() {
        return Generators.classes().flatMap(c -> Arbitraries.doubles().between(-1e4, 1e4).ofScale(18)
                .withSpecialValue(1e4).withSpecialValue(-1e4)
                .array(double[].class).ofSize(c));
    }

    @Provide
    Arbitrary<double[]> smallLogits() {
        return Generators.classes().flatMap(c -> Generators.logits(c, 30));
    }

    private static boolean allFinite(double[] xs) {
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    @Property
    void stableSoftmaxSumsToOneAndStaysFiniteForLogitsUpTo1e4(@ForAll("wideLogits") double[] z) {
        for (Precision precision : Precision.values()) {
            double[] s = Softmax.softmax(z, precision);
            double sum = 0;
            for (double v : s) {
                assertTrue(Double.isFinite(v) && v >= 0 && v <= 1, () -> precision + ": " + v);
                sum += v;
            }
            double tolerance = precision == Precision.FLOAT32 ? z.length * Math.ulp(1.0f) : 1e-14;
            assertEquals(1.0, sum, tolerance, precision.label());
        }
        assertTrue(allFinite(Softmax.logSoftmax(z)));
        assertTrue(Double.isFinite(Softmax.logSumExp(z)));
    }

    @Property
    void stableSoftmaxEqualsTheTextbookFormulaWhereThatOneIsSafe(@ForAll("smallLogits") double[] z) {
        double[] expected = Generators.textbookSoftmax(z);
        double[] s = Softmax.softmax(z);
        double[] naive = Softmax.naiveSoftmax(z, Precision.FLOAT64);

        for (int j = 0; j < z.length; j++) {
            assertTrue(close(expected[j], s[j], 0, 1e-12), expected[j] + " vs " + s[j]);
            assertTrue(close(expected[j], naive[j], 0, 1e-15), expected[j] + " vs naive " + naive[j]);
        }
    }

    @Property
    void logSoftmaxIsLogOfSoftmaxAndNeverPositive(@ForAll("smallLogits") double[] z) {
        double[] lp = Softmax.logSoftmax(z);
        double[] expected = Generators.textbookSoftmax(z);

        for (int j = 0; j < z.length; j++) {
            assertTrue(lp[j] <= 0);
            assertTrue(close(Math.log(expected[j]), lp[j], 1e-13, 1e-13), Math.log(expected[j]) + " vs " + lp[j]);
        }
    }

    @Property
    void logSumExpLiesBetweenTheMaxAndTheMaxPlusLogC(@ForAll("wideLogits") double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double lse = Softmax.logSumExp(z);

        assertTrue(lse >= m && lse <= m + Math.log(z.length) + 1e-12, () -> "lse " + lse);
    }

    @Property
    void softmaxIgnoresAShiftOfAllLogits(@ForAll("smallLogits") double[] z,
                                         @ForAll @DoubleRange(min = -1000, max = 1000) @Scale(12) double shift) {
        double[] shifted = z.clone();
        for (int j = 0; j < z.length; j++) {
            shifted[j] += shift;
        }

        assertArrayEquals(Softmax.softmax(z), Softmax.softmax(shifted), 1e-12);
    }

    @Property
    void naiveSoftmaxOverflowsAboveAbout709InFloat64(@ForAll @IntRange(min = 2, max = 10) int c,
                                                     @ForAll @DoubleRange(min = 709.79, max = 1e4) @Scale(6) double big) {
        double[] z = new double[c];
        z[c - 1] = big;

        assertFalse(allFinite(Softmax.naiveSoftmax(z, Precision.FLOAT64)), "naive float64 should overflow");
        double[] stable = Softmax.softmax(z);
        assertTrue(allFinite(stable));
        assertEquals(1.0, stable[c - 1], 1e-300 + Math.ulp(1.0));
    }

    @Property
    void naiveSoftmaxOverflowsAboveAbout88InFloat32(@ForAll @IntRange(min = 2, max = 10) int c,
                                                   @ForAll @DoubleRange(min = 88.73, max = 709.7) @Scale(6) double big) {
        double[] z = new double[c];
        z[0] = big;

        assertFalse(allFinite(Softmax.naiveSoftmax(z, Precision.FLOAT32)), "naive float32 should overflow");
        assertTrue(allFinite(Softmax.naiveSoftmax(z, Precision.FLOAT64)), "float64 still copes below 709.78");
        assertTrue(allFinite(Softmax.softmax(z, Precision.FLOAT32)));
    }

    @Test
    void overflowThresholdsSitAt709_78And88_72() {
        assertEquals(EXP_LIMIT_64, Precision.FLOAT64.expOverflowThreshold(), 1e-12);
        assertEquals(EXP_LIMIT_32, Precision.FLOAT32.expOverflowThreshold(), 1e-12);

        assertTrue(allFinite(Softmax.naiveSoftmax(new double[] {709.78, 0}, Precision.FLOAT64)));
        assertFalse(allFinite(Softmax.naiveSoftmax(new double[] {709.79, 0}, Precision.FLOAT64)));
        assertTrue(allFinite(Softmax.naiveSoftmax(new double[] {88.72, 0}, Precision.FLOAT32)));
        assertFalse(allFinite(Softmax.naiveSoftmax(new double[] {88.73, 0}, Precision.FLOAT32)));
    }

    @Test
    void naiveSoftmaxOfTwoHugeLogitsIsNotANumber() {
        // ∞ / ∞: the value the lab shows next to the stable answer [0.5, 0.5].
        double[] naive = Softmax.naiveSoftmax(new double[] {1000, 1000}, Precision.FLOAT64);

        assertTrue(Double.isNaN(naive[0]) && Double.isNaN(naive[1]));
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.softmax(new double[] {1000, 1000}), 0.0);
    }

    @Test
    void stableLogSoftmaxOfExtremeLogitsIsExact() {
        // z = [1e4, -1e4]: log p = [-log(1 + e^-2e4), -2e4 - log(1 + e^-2e4)] = [0, -2e4].
        assertArrayEquals(new double[] {0, -2e4}, Softmax.logSoftmax(new double[] {1e4, -1e4}), 0.0);
        assertArrayEquals(new double[] {0, -2e4}, Softmax.logSoftmax(new double[] {1e4, -1e4}, Precision.FLOAT32), 0.0);
        assertEquals(1e4 + Math.log(2), Softmax.logSumExp(new double[] {1e4, 1e4}), 1e-12);
    }

    @Test
    void softmaxOfTheTorchLogitsMatchesTorch() {
        // F.softmax(torch.randn(4, 3) after manual_seed(0), dim=1)[0] in float64
        double[] s = Softmax.softmax(Seeds.TORCH_LOGITS[0]);

        assertArrayEquals(new double[] {0.8446342024708638, 0.13489256740340427, 0.020473230125731816}, s, 1e-15);
    }
}
