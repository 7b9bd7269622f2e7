package celab.core;

import static celab.core.Generators.close;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Both gradients against central finite differences of the loss itself. */
class GradientsTest {

    @Provide
    Arbitrary<Generators.LabelledSample> unclipped() {
        // p in [~1e-3, ~0.9]: far enough from ε and 1 − ε that p ± h is never clipped.
        return Generators.labelledSamples(1e-2);
    }

    @Provide
    Arbitrary<double[][]> logitsAndLabels() {
        return Generators.classes().flatMap(c -> Generators.logits(c, 10)
                .flatMap(z -> Generators.labels(c).map(y -> new double[][] {z, y})));
    }

    @Provide
    Arbitrary<double[][]> wideLogitsAndLabels() {
        return Generators.classes().flatMap(c -> Generators.logits(c, 1e4)
                .flatMap(z -> Generators.labels(c).map(y -> new double[][] {z, y})));
    }

    @Property
    void wrtProbabilitiesMatchesCentralDifferences(@ForAll("unclipped") Generators.LabelledSample s) {
        double[] p = s.p();
        double[] y = s.y();
        double[] g = Gradients.wrtProbabilities(p, y, Clipping.DEFAULT);

        for (int j = 0; j < p.length; j++) {
            double h = 1e-4 * p[j];
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += h;
            down[j] -= h;
            double fd = (CrossEntropy.loss(up, y, Clipping.DEFAULT) - CrossEntropy.loss(down, y, Clipping.DEFAULT))
                    / (up[j] - down[j]);
            int col = j;
            assertTrue(close(fd, g[j], 1e-7, 1e-5), () -> "column " + col + ": analytic " + g[col] + ", numeric " + fd);
        }
    }

    @Property
    void wrtLogitsMatchesCentralDifferences(@ForAll("logitsAndLabels") double[][] zy) {
        double[] z = zy[0];
        double[] y = zy[1];
        double[] g = Gradients.wrtLogits(z, y);

        for (int j = 0; j < z.length; j++) {
            double h = 1e-5;
            double[] up = z.clone();
            double[] down = z.clone();
            up[j] += h;
            down[j] -= h;
            double fd = (lossOfLogits(up, y) - lossOfLogits(down, y)) / (up[j] - down[j]);
            int col = j;
            assertTrue(close(fd, g[j], 1e-7, 1e-5), () -> "column " + col + ": analytic " + g[col] + ", numeric " + fd);
        }
    }

    private static double lossOfLogits(double[] z, double[] y) {
        return CrossEntropy.perSampleFromLogits(Matrix.of(z), Targets.rows(y))[0];
    }

    @Property
    void wrtLogitsIsBoundedAndSumsToZeroForAnyFiniteLogits(@ForAll("wideLogitsAndLabels") double[][] zy) {
        double[] g = Gradients.wrtLogits(zy[0], zy[1]);
        double sum = 0;
        for (double v : g) {
            assertTrue(v >= -1 - 1e-12 && v <= 1 + 1e-12, () -> "gradient " + v);
            sum += v;
        }
        assertEquals(0.0, sum, 1e-12);
    }

    @Test
    void wrtProbabilitiesOfTheSeedSampleIsMinusOneOverTheTrueProbability() {
        // Seed 003: dL/dp_i = -y_i / p_i.
        double[] g = Gradients.wrtProbabilities(new double[] {0.7, 0.1, 0.2}, Gradients.oneHot(0, 3), Clipping.DEFAULT);

        assertArrayEquals(new double[] {-1 / 0.7, 0, 0}, g, 1e-15);
    }

    @Test
    void wrtProbabilitiesUsesTheClippedProbability() {
        double[] y = Gradients.oneHot(1, 3);

        assertEquals(-1e7, Gradients.wrtProbabilities(new double[] {0.5, 0.0, 0.5}, y, Clipping.DEFAULT)[1], 1e-6);
        assertEquals(Double.NEGATIVE_INFINITY,
                Gradients.wrtProbabilities(new double[] {0.5, 0.0, 0.5}, y, Clipping.OFF)[1]);
    }

    @Test
    void wrtLogitsOfEqualLogitsIsUniformMinusTarget() {
        double[] g = Gradients.wrtLogits(new double[] {0, 0, 0}, Gradients.oneHot(0, 3));

        assertArrayEquals(new double[] {1.0 / 3 - 1, 1.0 / 3, 1.0 / 3}, g, 1e-15);
    }

    @Test
    void wrtLogitsOfTheTorchExampleMatchesAutograd() {
        // torch.manual_seed(0); z = torch.randn(4, 3).double() (the same values in float64);
        // F.cross_entropy(z[0:1], tensor([0])).backward() -> z.grad[0]
        double[] g = Gradients.wrtLogits(Seeds.TORCH_LOGITS[0], Gradients.oneHot(0, 3));

        assertArrayEquals(new double[] {-0.15536579752913615, 0.13489256740340427, 0.020473230125731812}, g, 1e-15);
    }

    @Test
    void oneHotPutsASingleOne() {
        assertArrayEquals(new double[] {0, 0, 1, 0}, Gradients.oneHot(2, 4), 0.0);
    }

    /** The curve's slope is its own finite difference, wherever p ± h stays on one side of the clip. */
    @Property
    void curveSlopeMatchesAFiniteDifferenceOfTheCurve(@ForAll("curvePoints") double p) {
        double h = 1e-6 * p;
        double fd = (CrossEntropy.loss(p + h, Clipping.DEFAULT) - CrossEntropy.loss(p - h, Clipping.DEFAULT)) / (2 * h);
        assertTrue(close(Gradients.curveSlope(p, Clipping.DEFAULT), fd, 1e-9, 1e-6),
                "p=" + p + ": slope " + Gradients.curveSlope(p, Clipping.DEFAULT) + " vs " + fd);
    }

    @Provide
    Arbitrary<Double> curvePoints() {
        return Arbitraries.doubles().between(1e-5, 0.999).ofScale(9);
    }

    /** The seeds' comparison: at p = 0.9 the loss pushes with −1.11, at p = 0.1 with −10. */
    @Test
    void pushIsGentleWhenRightAndHardWhenWrong() {
        assertEquals(-1.1111111111111112, Gradients.curveSlope(0.9, Clipping.DEFAULT), 1e-15);
        assertEquals(-10.0, Gradients.curveSlope(0.1, Clipping.DEFAULT), 1e-12);
        assertEquals(0.0, Gradients.curveSlope(1e-9, Clipping.DEFAULT), "clipping holds the loss flat below ε");
        assertEquals(Double.NEGATIVE_INFINITY, Gradients.curveSlope(0.0, Clipping.OFF));
    }
}
