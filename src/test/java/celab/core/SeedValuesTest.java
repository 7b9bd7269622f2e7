package celab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every number the seed texts (and issue 2, quoting them) state, reproduced by the core. */
class SeedValuesTest {

    /** NumPy prints 8 decimals, so a printed value is exact to half a unit in the 8th place. */
    private static final double PRINTED_8_DECIMALS = 5e-9;
    /** "summation order moves the last bit": a mean is compared relatively. */
    private static final double LAST_BITS = 1e-15;

    private static final Matrix BATCH = Matrix.of("predictions", Seeds.SOFTMAX_OUTPUTS);

    private static void assertRelative(double expected, double actual, double rel) {
        assertEquals(expected, actual, Math.abs(expected) * rel,
                () -> "expected " + expected + " within relative " + rel + ", got " + actual);
    }

    @Test
    void perSampleLossesOfTheSeedBatchWithClassIndices() {
        LossResult r = CrossEntropy.evaluate(BATCH, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT);

        assertArrayEquals(Seeds.PER_SAMPLE, r.perSample(), PRINTED_8_DECIMALS);
        assertEquals(3, r.size());
        assertEquals(3, r.classes());
    }

    @Test
    void batchMeanMatchesNumpyToTheLastBits() {
        LossResult r = CrossEntropy.evaluate(BATCH, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT);

        assertRelative(Seeds.MEAN, r.mean(), LAST_BITS);
        assertRelative(Seeds.MEAN, r.reduced(Reduction.MEAN), LAST_BITS);
        assertRelative(3 * Seeds.MEAN, r.sum(), LAST_BITS);
    }

    @Test
    void correctConfidencesAreTheIndexedProbabilities() {
        // Seed 002: softmax_outputs[[0, 1, 2], class_targets] -> array([0.7, 0.5, 0.9])
        LossResult r = CrossEntropy.evaluate(BATCH, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT);

        assertEquals(0.7, r.pTrue(0));
        assertEquals(0.5, r.pTrue(1));
        assertEquals(0.9, r.pTrue(2));
        // None of them is near 0 or 1, so clipping leaves them alone.
        assertEquals(0.7, r.pTrueUsed(0));
    }

    @Test
    void perSampleHotLoopGivesTheSameNumbers() {
        double[] losses = CrossEntropy.perSample(BATCH, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT);

        assertArrayEquals(Seeds.PER_SAMPLE, losses, PRINTED_8_DECIMALS);
        assertRelative(Seeds.MEAN, CrossEntropy.mean(losses), LAST_BITS);
    }

    @Test
    void oneHotCellOfSeed002GivesTheSameMean() {
        // y_pred row 0 is [0.7, 0.2, 0.1] there; the true class (0) still has 0.7.
        Matrix yPred = Matrix.of("predictions", Seeds.Y_PRED_ONE_HOT_CELL);
        LossResult r = CrossEntropy.evaluate(yPred, Targets.rows(Seeds.ONE_HOT_TARGETS), Clipping.DEFAULT);

        assertArrayEquals(Seeds.PER_SAMPLE, r.perSample(), PRINTED_8_DECIMALS);
        assertRelative(Seeds.MEAN, r.mean(), LAST_BITS);
    }

    @Test
    void seed002LossClassWithOneHotTargetsGivesTheSameMean() {
        // In [8]: softmax_outputs with one-hot class_targets through the clipping loss class.
        LossResult r = CrossEntropy.evaluate(BATCH, Targets.rows(Seeds.ONE_HOT_TARGETS), Clipping.DEFAULT);

        assertRelative(Seeds.MEAN, r.mean(), LAST_BITS);
    }

    @Test
    void indexAndOneHotTargetsAgreeExactlyOnTheSeedBatch() {
        double[] byIndex = CrossEntropy.perSample(BATCH, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT);
        double[] byOneHot = CrossEntropy.perSample(BATCH, Targets.rows(Seeds.ONE_HOT_TARGETS), Clipping.DEFAULT);

        assertArrayEquals(byIndex, byOneHot, 0.0);
        assertArrayEquals(byIndex, CrossEntropy.perSample(BATCH,
                Targets.indices(Seeds.CLASS_TARGETS).toOneHot(3), Clipping.DEFAULT), 0.0);
    }

    @Test
    void singleSampleFromTheFormulaWalkthrough() {
        // Seed 001: L = -(1*log(0.7) + 0*log(0.1) + 0*log(0.2)) = -log(0.7)
        double l = CrossEntropy.loss(new double[] {0.7, 0.1, 0.2}, new double[] {1, 0, 0}, Clipping.DEFAULT);

        assertEquals(Seeds.PER_SAMPLE[0], l, PRINTED_8_DECIMALS);
        assertEquals(l, CrossEntropy.loss(new double[] {0.7, 0.1, 0.2}, 0, Clipping.DEFAULT), 0.0);
    }

    @Test
    void predictionsAAndBTieOnAccuracyButNotOnLoss() {
        Matrix ab = Matrix.of("predictions", new double[][] {Seeds.PREDICTION_A, Seeds.PREDICTION_B});
        LossResult r = CrossEntropy.evaluate(ab, Targets.indices(1, 1), Clipping.DEFAULT);

        assertEquals(Seeds.LOSS_A, r.loss(0), 5e-8);
        assertEquals(Seeds.LOSS_B, r.loss(1), 5e-8);
        // 0.36 = 0.6², so B's loss is exactly twice A's: an independent check of the log.
        assertRelative(2 * r.loss(0), r.loss(1), 1e-15);
        assertEquals(1, r.predicted(0));
        assertEquals(1, r.predicted(1));
        assertEquals(1.0, r.accuracy());
        assertEquals(1.0, Accuracy.accuracy(ab, Targets.indices(1, 1)));
    }

    @Test
    void clippingCapIsMinusLogEpsilon() {
        assertEquals(Seeds.CAP, Clipping.DEFAULT.cap(), PRINTED_8_DECIMALS);
        assertEquals(Seeds.CAP, CrossEntropy.loss(0.0, Clipping.DEFAULT), PRINTED_8_DECIMALS);
        assertEquals(Clipping.DEFAULT.cap(), CrossEntropy.loss(0.0, Clipping.DEFAULT), 0.0);
        assertEquals("16.12", Numbers.format(Clipping.DEFAULT.cap()));
    }

    @Test
    void clippingFloorIsMinusLogOfOneMinusEpsilonAsFloat64RoundsIt() {
        // -np.log(1 - 1e-7): 1 - 1e-7 is rounded to float64 first, then the log is taken.
        assertRelative(Seeds.FLOOR, CrossEntropy.loss(1.0, Clipping.DEFAULT), LAST_BITS);
        assertRelative(Seeds.FLOOR, Clipping.DEFAULT.floor(), LAST_BITS);
        assertEquals("1.000e-7", Numbers.format(Clipping.DEFAULT.floor()));
    }

    @Test
    void withoutClippingZeroProbabilityIsInfiniteAndPoisonsTheMean() {
        Matrix withZero = BATCH.with(1, 1, 0.0).with(1, 2, 0.9);
        LossResult r = CrossEntropy.evaluate(withZero, Targets.indices(Seeds.CLASS_TARGETS), Clipping.OFF);

        assertEquals(Double.POSITIVE_INFINITY, r.loss(1));
        assertEquals(Double.POSITIVE_INFINITY, r.mean());
        assertEquals(Double.POSITIVE_INFINITY, r.sum());
        assertEquals(Double.POSITIVE_INFINITY, Clipping.OFF.cap());
    }

    @Test
    void withClippingZeroProbabilityCostsTheCapAndTheMeanStaysFinite() {
        Matrix withZero = BATCH.with(1, 1, 0.0).with(1, 2, 0.9);
        LossResult r = CrossEntropy.evaluate(withZero, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT);

        assertEquals(Seeds.CAP, r.loss(1), PRINTED_8_DECIMALS);
        assertEquals(1e-7, r.pTrueUsed(1));
        assertEquals((Seeds.PER_SAMPLE[0] + Seeds.CAP + Seeds.PER_SAMPLE[2]) / 3, r.mean(), 1e-8);
    }

    @Test
    void slightlyAboveOneGivesANegativeLossUnlessClipped() {
        double p = 1 + 1e-9;

        double unclipped = CrossEntropy.loss(p, Clipping.OFF);
        assertTrue(unclipped < 0, () -> "expected a negative loss, got " + unclipped);
        // 1 + 1e-9 is 1.00000000100000008 in float64, so the loss is -1.00000008e-9.
        assertEquals(-1e-9, unclipped, 1e-15);
        assertRelative(Seeds.FLOOR, CrossEntropy.loss(p, Clipping.DEFAULT), LAST_BITS);
    }

    @Test
    void torchLogitsExampleInFloat64() {
        Matrix logits = Matrix.of("logits", Seeds.TORCH_LOGITS);
        LossResult r = CrossEntropy.evaluateLogits(logits, Targets.indices(Seeds.TORCH_TARGETS), Precision.FLOAT64);

        // Torch printed float32 losses; float64 differs from them by at most ~3e-8.
        assertArrayEquals(Seeds.TORCH_PER_SAMPLE, r.perSample(), 1e-7);
        assertRelative(Seeds.TORCH_MEAN_FLOAT64, r.mean(), LAST_BITS);
        assertEquals("1.4412", Numbers.format(r.mean(), 5));
        assertEquals(Clipping.OFF, r.clipping());
    }

    @Test
    void torchLogitsExampleThroughTheHotLoop() {
        double[] losses = CrossEntropy.perSampleFromLogits(Matrix.of("logits", Seeds.TORCH_LOGITS),
                Targets.indices(Seeds.TORCH_TARGETS));

        assertArrayEquals(Seeds.TORCH_PER_SAMPLE, losses, 1e-7);
        assertRelative(Seeds.TORCH_MEAN_FLOAT64, CrossEntropy.mean(losses), LAST_BITS);
    }

    @Test
    void uniformOutputsCostLnThree() {
        // Seed 002's untrained spiral network outputs ~1/3 everywhere: "loss: 1.0986104011535645".
        double third = 1.0 / 3;
        double[][] rows = new double[300][];
        int[] targets = new int[300];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {third, third, third};
            targets[i] = i % 3;
        }
        LossResult r = CrossEntropy.evaluate(Matrix.of("predictions", rows), Targets.indices(targets),
                Clipping.DEFAULT);

        assertRelative(Math.log(3), r.mean(), 1e-14);
        assertEquals(Seeds.SPIRAL_FIRST_LOSS, r.mean(), 2e-6);
        assertEquals("1.0986", Numbers.format(r.mean(), 5));
    }

    @Test
    void seedAccuracyExampleIsOne() {
        // Seed 002, "Introducing Accuracy": argmax per row == class_targets, mean -> 1.0
        Matrix outputs = Matrix.of("predictions", Seeds.Y_PRED_ONE_HOT_CELL);

        assertEquals(1.0, Accuracy.accuracy(outputs, Targets.indices(Seeds.CLASS_TARGETS)));
        // "convert one-hot encoded targets if necessary": the same with one-hot rows.
        assertEquals(1.0, Accuracy.accuracy(outputs, Targets.rows(Seeds.ONE_HOT_TARGETS)));
    }

    @Test
    void accuracyComparesArgmaxesSoNearUniformOutputsScoreByTheirTinyLead() {
        // Seed 002's untrained network: rows like [0.33333233 0.3333324 0.33333528] all pick
        // class 2, so accuracy is the share of samples whose target is 2: 34 of 100 -> 0.34.
        double[][] rows = new double[100][];
        int[] targets = new int[100];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {0.33333233, 0.3333324, 0.33333527};
            targets[i] = i < 34 ? 2 : (i % 2);
        }
        Matrix outputs = Matrix.of("predictions", rows);
        LossResult r = CrossEntropy.evaluate(outputs, Targets.indices(targets), Clipping.DEFAULT);

        assertEquals(Seeds.SPIRAL_ACCURACY, r.accuracy(), 1e-15);
        assertEquals(Seeds.SPIRAL_ACCURACY, Accuracy.accuracy(outputs, Targets.indices(targets)), 1e-15);
        assertEquals("34%", Numbers.percent(r.accuracy()));
        // ...while the loss barely moves from ln 3.
        assertEquals(Math.log(3), r.mean(), 1e-5);
    }
}
