package celab.core;

import static celab.core.Generators.close;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Properties of the loss that hold for every valid input, checked on generated batches. */
class CrossEntropyPropertiesTest {

    private static final double EPS = Clipping.DEFAULT_EPSILON;

    @Provide
    Arbitrary<List<Generators.Sample>> anyBatches() {
        // One class count per batch: pick C, then rows of that width.
        return Generators.classes().flatMap(c -> Arbitraries.oneOf(
                        Generators.extremeDistribution(c), Generators.distribution(c, 1e-3))
                .flatMap(p -> Arbitraries.integers().between(0, c - 1).map(t -> new Generators.Sample(p, t)))
                .list().ofMinSize(1).ofMaxSize(6));
    }

    @Provide
    Arbitrary<List<Generators.LogitSample>> logitBatches() {
        return Generators.classes().flatMap(c -> Generators.logits(c, 8)
                .flatMap(z -> Arbitraries.integers().between(0, c - 1).map(t -> new Generators.LogitSample(z, t)))
                .list().ofMinSize(1).ofMaxSize(6));
    }

    @Provide
    Arbitrary<Generators.LabelledSample> labelled() {
        return Generators.labelledSamples(0.0).filter(s -> Generators.sum(s.p()) > 0);
    }

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(1e-15, 0.49).ofScale(18), Arbitraries.of(1e-7, 1e-12, 0.25));
    }

    private static Matrix predictions(List<Generators.Sample> batch) {
        return Matrix.of("predictions", batch.stream().map(Generators.Sample::p).toArray(double[][]::new));
    }

    private static Targets.Indices targets(List<Generators.Sample> batch) {
        return Targets.indices(batch.stream().mapToInt(Generators.Sample::target).toArray());
    }

    // --- bounds ----------------------------------------------------------------------------------

    @Property
    void lossIsNonNegativeAndAtMostTheCapWithClipping(@ForAll @DoubleRange(min = 0, max = 1.000001) @Scale(12) double p,
                                                      @ForAll("epsilons") double eps) {
        Clipping c = Clipping.of(eps);
        double l = CrossEntropy.loss(p, c);

        assertTrue(l >= 0, () -> "loss " + l + " for p = " + p);
        assertTrue(l >= c.floor() && l <= c.cap(), () -> l + " outside [" + c.floor() + ", " + c.cap() + "]");
    }

    @Property
    void labelRowLossIsNonNegativeWithClipping(@ForAll("labelled") Generators.LabelledSample s) {
        double l = CrossEntropy.loss(s.p(), s.y(), Clipping.DEFAULT);

        assertTrue(l >= 0 && l <= Clipping.DEFAULT.cap() * (1 + 1e-12), () -> "loss " + l);
    }

    @Property
    void batchLossesAreNonNegativeInBothPrecisions(@ForAll("anyBatches") List<Generators.Sample> batch) {
        for (Precision precision : Precision.values()) {
            LossResult r = CrossEntropy.evaluate(predictions(batch), targets(batch), Clipping.DEFAULT, precision);
            for (double l : r.perSample()) {
                assertTrue(l >= 0 && Double.isFinite(l), () -> precision + ": " + l);
            }
            assertTrue(r.mean() >= 0);
        }
    }

    // --- the definition --------------------------------------------------------------------------

    @Property
    void lossIsMinusLogOfTheClippedTrueClassProbability(@ForAll("anyBatches") List<Generators.Sample> batch) {
        LossResult r = CrossEntropy.evaluate(predictions(batch), targets(batch), Clipping.DEFAULT);

        for (int i = 0; i < batch.size(); i++) {
            double p = batch.get(i).p()[batch.get(i).target()];
            double clipped = p < EPS ? EPS : Math.min(p, 1 - EPS);
            assertEquals(-Math.log(clipped), r.loss(i), 0.0, "sample " + i);
            assertEquals(p, r.pTrue(i), 0.0);
            assertEquals(clipped, r.pTrueUsed(i), 0.0);
            assertEquals(batch.get(i).target(), r.trueClass(i));
        }
    }

    @Property
    void withoutClippingLossIsMinusLogOfTheGivenProbability(@ForAll("anyBatches") List<Generators.Sample> batch) {
        LossResult r = CrossEntropy.evaluate(predictions(batch), targets(batch), Clipping.OFF);

        for (int i = 0; i < batch.size(); i++) {
            double p = batch.get(i).p()[batch.get(i).target()];
            assertEquals(-Math.log(p), r.loss(i), 0.0);
        }
    }

    @Property
    void softLabelLossIsTheWeightedSumOfMinusLogs(@ForAll("labelled") Generators.LabelledSample s) {
        double sum = 0;
        for (int j = 0; j < s.y().length; j++) {
            double q = Math.min(Math.max(s.p()[j], EPS), 1 - EPS);
            sum += s.y()[j] * -Math.log(q);
        }
        double expected = sum;

        double l = CrossEntropy.perSample(Matrix.of(s.p()), Targets.rows(s.y()), Clipping.DEFAULT)[0];

        assertTrue(close(expected, l, 1e-14, 1e-13), () -> expected + " vs " + l);
    }

    // --- the two target forms --------------------------------------------------------------------

    @Property
    void indexAndOneHotTargetsAgree(@ForAll("anyBatches") List<Generators.Sample> batch) {
        Matrix p = predictions(batch);
        Targets.Indices idx = targets(batch);
        Targets.Rows oneHot = idx.toOneHot(p.cols());

        for (Precision precision : Precision.values()) {
            for (Clipping clipping : List.of(Clipping.DEFAULT, Clipping.OFF)) {
                LossResult a = CrossEntropy.evaluate(p, idx, clipping, precision);
                LossResult b = CrossEntropy.evaluate(p, oneHot, clipping, precision);
                assertArrayEquals(a.perSample(), b.perSample(), 0.0, precision + " " + clipping);
                assertEquals(a.mean(), b.mean(), 0.0);
                assertEquals(a.accuracy(), b.accuracy(), 0.0);
                for (int i = 0; i < batch.size(); i++) {
                    assertEquals(a.trueClass(i), b.trueClass(i));
                    assertEquals(a.pTrueUsed(i), b.pTrueUsed(i), 0.0);
                }
            }
        }
    }

    @Property
    void indexAndOneHotTargetsAgreeOnLogits(@ForAll("logitBatches") List<Generators.LogitSample> batch) {
        Matrix z = Matrix.of("logits", batch.stream().map(Generators.LogitSample::z).toArray(double[][]::new));
        Targets.Indices idx = Targets.indices(batch.stream().mapToInt(Generators.LogitSample::target).toArray());

        for (Precision precision : Precision.values()) {
            LossResult a = CrossEntropy.evaluateLogits(z, idx, precision);
            LossResult b = CrossEntropy.evaluateLogits(z, idx.toOneHot(z.cols()), precision);
            assertArrayEquals(a.perSample(), b.perSample(), 0.0, precision.label());
        }
    }

    // --- logits versus probabilities -------------------------------------------------------------

    @Property
    void logitsPathEqualsProbabilityPathOnSoftmaxOutput(@ForAll("logitBatches") List<Generators.LogitSample> batch) {
        double[][] probs = batch.stream().map(s -> Generators.textbookSoftmax(s.z())).toArray(double[][]::new);
        int[] t = batch.stream().mapToInt(Generators.LogitSample::target).toArray();
        for (int i = 0; i < t.length; i++) {
            double p = probs[i][t[i]];
            Assume.that(p >= EPS && p <= 1 - EPS); // where no clipping applies
        }
        Matrix z = Matrix.of("logits", batch.stream().map(Generators.LogitSample::z).toArray(double[][]::new));

        LossResult fromLogits = CrossEntropy.evaluateLogits(z, Targets.indices(t), Precision.FLOAT64);
        LossResult fromProbs = CrossEntropy.evaluate(Matrix.of(probs), Targets.indices(t), Clipping.DEFAULT);
        double[] hot = CrossEntropy.perSampleFromLogits(z, Targets.indices(t));

        for (int i = 0; i < t.length; i++) {
            double a = fromLogits.loss(i);
            double b = fromProbs.loss(i);
            assertTrue(close(a, b, 1e-13, 1e-12), () -> a + " (logits) vs " + b + " (probabilities)");
            assertEquals(a, hot[i], 0.0);
            assertTrue(close(probs[i][t[i]], fromLogits.pTrue(i), 0, 1e-12));
            // Near-ties can round to equal probabilities, so compare values, not positions.
            double best = Arrays.stream(probs[i]).max().orElseThrow();
            assertEquals(best, probs[i][fromLogits.predicted(i)], 0.0);
        }
        assertTrue(close(fromLogits.mean(), fromProbs.mean(), 1e-13, 1e-12));
    }

    @Property
    void logitsPathEqualsProbabilityPathForSoftLabels(@ForAll("logitLabelled") double[][] zy) {
        double[] z = zy[0];
        double[] y = zy[1];
        double[] p = Generators.textbookSoftmax(z);
        for (int j = 0; j < p.length; j++) {
            Assume.that(y[j] == 0 || (p[j] >= EPS && p[j] <= 1 - EPS));
        }

        double a = CrossEntropy.perSampleFromLogits(Matrix.of(z), Targets.rows(y))[0];
        double b = CrossEntropy.perSample(Matrix.of(p), Targets.rows(y), Clipping.DEFAULT)[0];

        assertTrue(close(a, b, 1e-13, 1e-12), () -> a + " vs " + b);
    }

    @Provide
    Arbitrary<double[][]> logitLabelled() {
        return Generators.classes().flatMap(c -> Generators.logits(c, 8)
                .flatMap(z -> Generators.labels(c).map(y -> new double[][] {z, y})));
    }

    @Property
    void logitsLossDoesNotDependOnAShiftOfAllLogits(@ForAll("logitBatches") List<Generators.LogitSample> batch,
                                                    @ForAll @DoubleRange(min = -500, max = 500) @Scale(12) double shift) {
        Generators.LogitSample s = batch.get(0);
        double[] shifted = s.z().clone();
        for (int j = 0; j < shifted.length; j++) {
            shifted[j] += shift;
        }
        Targets t = Targets.indices(s.target());

        double a = CrossEntropy.perSampleFromLogits(Matrix.of(s.z()), t)[0];
        double b = CrossEntropy.perSampleFromLogits(Matrix.of(shifted), t)[0];

        // Adding up to 500 loses the low bits of each logit: about 500 * 2^-52 of absolute error.
        assertTrue(close(a, b, 1e-12, 1e-12), () -> a + " vs " + b);
    }

    // --- reductions ------------------------------------------------------------------------------

    @Property
    void reductionsMeanSumAndNone(@ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 0, max = 20) @Scale(12) Double> xs) {
        double[] losses = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double naive = 0;
        for (double v : losses) {
            naive += v;
        }

        double sum = Reduction.SUM.apply(losses)[0];
        double mean = Reduction.MEAN.apply(losses)[0];
        double[] none = Reduction.NONE.apply(losses);

        assertTrue(close(naive, sum, 1e-12, 1e-13));
        assertTrue(close(naive / losses.length, mean, 1e-12, 1e-13));
        assertArrayEquals(losses, none, 0.0);
        none[0] = -1;
        assertEquals(xs.get(0), losses[0], 0.0, "NONE must hand out a copy");
    }

    @Property
    void resultReducesItsOwnPerSampleLosses(@ForAll("anyBatches") List<Generators.Sample> batch) {
        LossResult r = CrossEntropy.evaluate(predictions(batch), targets(batch), Clipping.DEFAULT);
        double[] l = r.perSample();
        double naive = 0;
        for (double v : l) {
            naive += v;
        }

        assertTrue(close(naive, r.reduced(Reduction.SUM), 0, 1e-13));
        assertTrue(close(naive / l.length, r.reduced(Reduction.MEAN), 0, 1e-13));
        assertTrue(Double.isNaN(r.reduced(Reduction.NONE)));
        assertEquals(r.mean(), Reduction.MEAN.apply(l)[0], 0.0);
    }
}
