package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Batches larger than one parallel chunk (65,536 rows) and sums over a million terms: the hot
 * loops the benchmark measures must give the same numbers as the one-sample formula.
 */
class LargeBatchTest {

    private static final int N = 200_003; // several chunks and a ragged last one
    private static final int C = 10;

    private static Matrix randomRows(SplittableRandom random, boolean normalise) {
        double[] flat = new double[N * C];
        for (int i = 0; i < N; i++) {
            double s = 0;
            for (int j = 0; j < C; j++) {
                flat[i * C + j] = random.nextDouble();
                s += flat[i * C + j];
            }
            for (int j = 0; normalise && j < C; j++) {
                flat[i * C + j] /= s;
            }
        }
        return Matrix.wrap(N, C, flat);
    }

    @Test
    void everyRowOfAChunkedBatchMatchesTheSingleSampleLoss() {
        SplittableRandom random = new SplittableRandom(42);
        Matrix p = randomRows(random, true);
        int[] t = random.ints(N, 0, C).toArray();

        double[] byIndex = CrossEntropy.perSample(p, Targets.indices(t), Clipping.DEFAULT);
        double[] byOneHot = CrossEntropy.perSample(p, Targets.indices(t).toOneHot(C), Clipping.DEFAULT);

        for (int i = 0; i < N; i++) {
            double expected = -Math.log(Math.min(Math.max(p.get(i, t[i]), 1e-7), 1 - 1e-7));
            assertEquals(expected, byIndex[i], 0.0, "row " + i);
            assertEquals(expected, byOneHot[i], 0.0, "row " + i);
        }
    }

    @Test
    void everyRowOfAChunkedLogitsBatchMatchesLogSoftmax() {
        SplittableRandom random = new SplittableRandom(7);
        Matrix z = randomRows(random, false);
        int[] t = random.ints(N, 0, C).toArray();

        double[] losses = CrossEntropy.perSampleFromLogits(z, Targets.indices(t));

        for (int i = 0; i < N; i++) {
            assertEquals(-Softmax.logSoftmax(z.row(i))[t[i]], losses[i], 1e-15, "row " + i);
        }
    }

    @Test
    void sumOfAMillionTermsKeepsItsPrecision() {
        // A naive running sum of 10^6 copies of 0.1 is off by ~1.3e-6 (1.3e-11 relative);
        // pairwise summation, as NumPy does, stays within a few ulps.
        double[] x = new double[1_000_000];
        Arrays.fill(x, 0.1);

        assertEquals(100_000.0, CrossEntropy.sum(x), 1e-9);
        assertEquals(0.1, CrossEntropy.mean(x), 1e-15);
        assertEquals(0.0, CrossEntropy.sum(new double[0]));
        assertEquals(Double.NaN, CrossEntropy.mean(new double[0]));
    }
}
