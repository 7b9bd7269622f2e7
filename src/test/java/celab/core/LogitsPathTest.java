package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Issue 5: the logits path, the naive path and where it breaks. */
class LogitsPathTest {

    @Property(tries = 300)
    void logitsPathAgreesWithProbabilityPathWhereNoClippingApplies(
            @ForAll @DoubleRange(min = -8, max = 8) double a,
            @ForAll @DoubleRange(min = -8, max = 8) double b,
            @ForAll @DoubleRange(min = -8, max = 8) double c,
            @ForAll @IntRange(min = 0, max = 2) int t) {
        double[] z = {a, b, c};
        double fromLogits = CrossEntropy.evaluateLogits(Matrix.of(z), new Targets.Indices(new int[] {t}),
                Precision.FLOAT64).loss(0);
        double[] p = Softmax.softmax(z);
        // logits within ±8 keep every probability in [1e-7, 1 − 1e-7], where clipping changes nothing
        double fromProbabilities = CrossEntropy.evaluate(Matrix.of(p), new Targets.Indices(new int[] {t}),
                Clipping.DEFAULT).loss(0);
        assertEquals(fromProbabilities, fromLogits, 1e-12 * Math.max(1, fromLogits));
        assertEquals(-Math.log(Math.exp(z[t]) / (Math.exp(a) + Math.exp(b) + Math.exp(c))), fromLogits, 1e-12);
    }

    @Test
    void thePyTorchExampleGivesItsPublishedLosses() {
        double[][] z = {
            {1.5409960746765137, -0.293428897857666, -2.1787893772125244},
            {0.5684312582015991, -1.0845223665237427, -1.3985954523086548},
            {0.40334683656692505, 0.8380263447761536, -0.7192575931549072},
            {-0.40334352850914, -0.5966353416442871, 0.18203648924827576},
        };
        LossResult r = CrossEntropy.evaluateLogits(Matrix.of(z), new Targets.Indices(new int[] {0, 1, 2, 1}),
                Precision.FLOAT64);
        double[] expected = {0.1689, 1.9392, 2.1769, 1.4797};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], r.loss(i), 5e-5, "sample " + i);
        }
        assertEquals(1.4411566, r.mean(), 1e-6);
        assertEquals("1.441", Numbers.format(r.mean()));
    }

    @Test
    void naivePathOverflowsJustAboveLnOfTheLargestDouble() {
        double limit = Math.log(Double.MAX_VALUE); // 709.782712893384
        assertEquals(709.78, limit, 0.005);
        SoftmaxSteps.Naive below = SoftmaxSteps.naive(new double[] {limit - 1e-9, 0, 0}, 0, Precision.FLOAT64);
        SoftmaxSteps.Naive above = SoftmaxSteps.naive(new double[] {limit + 1e-9, 0, 0}, 0, Precision.FLOAT64);
        assertFalse(below.broken());
        assertEquals(0.0, below.loss(), 1e-12);
        assertTrue(above.expOverflowed());
        assertTrue(Double.isNaN(above.probabilities()[0]), "∞/∞ is NaN");
        assertTrue(Double.isNaN(above.loss()));
        // the stable path does not care
        assertEquals(0.0, SoftmaxSteps.stable(new double[] {limit + 1e-9, 0, 0}, 0, Precision.FLOAT64).loss(), 1e-12);
    }

    @Test
    void naivePathInFloat32OverflowsJustAbove88point72() {
        float limit = (float) Math.log(Float.MAX_VALUE); // 88.72284
        assertEquals(88.72, limit, 0.005);
        float last = limit;
        while (Float.isFinite((float) Math.exp(last))) {
            last = Math.nextUp(last);
        }
        // the first float whose exp overflows is within a few float steps of ln(MAX_FLOAT)
        assertEquals(Math.log(Float.MAX_VALUE), last, 3e-5);
        float finite = Math.nextDown(last);
        assertFalse(SoftmaxSteps.naive(new double[] {finite, 0}, 0, Precision.FLOAT32).broken());
        SoftmaxSteps.Naive broken = SoftmaxSteps.naive(new double[] {last, 0}, 0, Precision.FLOAT32);
        assertTrue(broken.expOverflowed());
        assertTrue(Double.isNaN(broken.loss()));
        // the same logit is harmless in float64
        assertFalse(SoftmaxSteps.naive(new double[] {last, 0}, 0, Precision.FLOAT64).broken());
        assertEquals(Precision.FLOAT32.expOverflowThreshold(), Math.log(Float.MAX_VALUE), 0.0);
    }

    @Test
    void naivePathGivesInfinityWhenTheTrueClassUnderflows() {
        SoftmaxSteps.Naive n = SoftmaxSteps.naive(new double[] {-800, 0, 0}, 0, Precision.FLOAT64);
        assertEquals(0.0, n.exps()[0]);
        assertEquals(Double.POSITIVE_INFINITY, n.loss());
        assertEquals(800 + Math.log(2), SoftmaxSteps.stable(new double[] {-800, 0, 0}, 0, Precision.FLOAT64).loss(), 1e-9);
        assertEquals(-745.13, SoftmaxSteps.expUnderflowThreshold(Precision.FLOAT64), 0.01);
        assertEquals(0.0, Math.exp(SoftmaxSteps.expUnderflowThreshold(Precision.FLOAT64) - 1e-3));
        assertTrue(Math.exp(SoftmaxSteps.expUnderflowThreshold(Precision.FLOAT64) + 1e-3) > 0);
        assertEquals(0.0f, (float) Math.exp(SoftmaxSteps.expUnderflowThreshold(Precision.FLOAT32) - 1e-3));
        assertTrue((float) Math.exp(SoftmaxSteps.expUnderflowThreshold(Precision.FLOAT32) + 1e-3) > 0);
    }

    @Test
    void naiveSumCanOverflowBeforeAnySingleExp() {
        SoftmaxSteps.Naive n = SoftmaxSteps.naive(new double[] {709, 709, 709}, 0, Precision.FLOAT64);
        assertFalse(n.expOverflowed());
        assertEquals(Double.POSITIVE_INFINITY, n.sumExp());
        assertTrue(n.broken());
        assertEquals(Math.log(3), SoftmaxSteps.stable(new double[] {709, 709, 709}, 0, Precision.FLOAT64).loss(), 1e-12);
    }

    @Property(tries = 200)
    void stableStepsEqualTheCoresLogitLoss(
            @ForAll @DoubleRange(min = -1000, max = 1000) double a,
            @ForAll @DoubleRange(min = -1000, max = 1000) double b,
            @ForAll @DoubleRange(min = -1000, max = 1000) double c,
            @ForAll @IntRange(min = 0, max = 2) int t,
            @ForAll boolean float32) {
        Precision prec = float32 ? Precision.FLOAT32 : Precision.FLOAT64;
        double[] z = {a, b, c};
        SoftmaxSteps.Stable s = SoftmaxSteps.stable(z, t, prec);
        double core = CrossEntropy.evaluateLogits(Matrix.of(z), new Targets.Indices(new int[] {t}), prec).loss(0);
        assertEquals(core, s.loss(), 1e-9 * Math.max(1, Math.abs(core)));
        assertTrue(Double.isFinite(s.loss()));
        for (double v : s.shifted()) {
            assertTrue(v <= 0);
        }
        assertTrue(s.sumExp() >= 1 && s.sumExp() <= 3);
    }

    @Property(tries = 200)
    void whereNothingOverflowsTheNaivePathAgreesWithTheStableOne(
            @ForAll @DoubleRange(min = -30, max = 30) double a,
            @ForAll @DoubleRange(min = -30, max = 30) double b,
            @ForAll @IntRange(min = 0, max = 1) int t) {
        double[] z = {a, b};
        double naive = SoftmaxSteps.naive(z, t, Precision.FLOAT64).loss();
        double stable = SoftmaxSteps.stable(z, t, Precision.FLOAT64).loss();
        assertEquals(stable, naive, 1e-9 * Math.max(1, stable));
    }

    @Test
    void gradientWrtLogitsIsTheFiniteDifferenceOfTheLoss() {
        double[] z = {2.0, 1.0, 0.1, -3};
        int t = 2;
        double[] g = Gradients.wrtLogits(z, Gradients.oneHot(t, 4));
        double h = 1e-5;
        for (int j = 0; j < 4; j++) {
            double[] up = z.clone();
            double[] down = z.clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (SoftmaxSteps.stable(up, t, Precision.FLOAT64).loss()
                    - SoftmaxSteps.stable(down, t, Precision.FLOAT64).loss()) / (2 * h);
            assertEquals(numeric, g[j], 1e-9);
        }
        double sum = 0;
        for (double v : g) {
            sum += v;
        }
        assertEquals(0, sum, 1e-15);
    }
}
