package celab.cli.bench;

import celab.core.Matrix;
import java.util.SplittableRandom;

/**
 * Batches generated in-process from a fixed seed, so every bench run times the same numbers.
 * Probability rows are valid distributions (non-negative, summing to 1 up to rounding).
 */
public final class SyntheticBatch {

    /** The seed every measure starts from; each kind of data gets its own stream from it. */
    public static final long SEED = 20240607L;

    private SyntheticBatch() {
    }

    /**
     * n rows of classes probabilities, each a uniform draw from the simplex (Dirichlet(1)):
     * exponential variables divided by their sum.
     */
    public static Matrix probabilities(int n, int classes) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] data = new double[Math.multiplyExact(n, classes)];
        for (int i = 0; i < n; i++) {
            int base = i * classes;
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                double e = -Math.log(1.0 - random.nextDouble());
                data[base + j] = e;
                sum += e;
            }
            for (int j = 0; j < classes; j++) {
                data[base + j] /= sum;
            }
        }
        return Matrix.wrap(n, classes, data);
    }

    /** n logits per class, standard normal times 3: spread enough that rows are not uniform. */
    public static Matrix logits(int n, int classes) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        double[] data = new double[Math.multiplyExact(n, classes)];
        for (int k = 0; k < data.length; k++) {
            data[k] = 3 * random.nextGaussian();
        }
        return Matrix.wrap(n, classes, data);
    }

    /** n class indices, uniform in [0, classes). */
    public static int[] classes(int n, int classes) {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextInt(classes);
        }
        return out;
    }
}
