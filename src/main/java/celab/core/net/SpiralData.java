package celab.core.net;

import celab.core.Matrix;
import celab.core.Targets;
import java.util.Random;

/**
 * The spiral data set of the seeds' notebook (nnfs {@code spiral_data}): C arms that wind around
 * the origin, one class per arm, N points per arm. For arm k and point i of N:
 * <pre>
 *   r = i / (N − 1)                                (linspace(0, 1, N))
 *   t = 4k + 4·i / (N − 1) + 0.2·g,  g ~ N(0, 1)    (linspace(4k, 4(k+1), N) + noise)
 *   x = (r·sin(2.5·t), r·cos(2.5·t))
 * </pre>
 * The noise comes from {@link java.util.Random} with the given seed, whose Gaussian sequence is
 * specified by the JDK, so the same seed gives the same points on every machine.
 *
 * @param points   (N·C) × 2 coordinates, arm 0 first
 * @param labels   the arm (class) of each point
 * @param perClass points per arm N
 * @param classes  arms C
 * @param seed     the seed the noise was drawn with
 */
public record SpiralData(Matrix points, Targets.Indices labels, int perClass, int classes, long seed) {

    /** The most points per class the lab offers. */
    public static final int MAX_PER_CLASS = 1000;

    /**
     * Generates N points for each of C arms.
     *
     * @throws IllegalArgumentException unless 2 ≤ N ≤ {@value #MAX_PER_CLASS} and 2 ≤ C ≤ 10
     */
    public static SpiralData generate(int perClass, int classes, long seed) {
        if (perClass < 2 || perClass > MAX_PER_CLASS) {
            throw new IllegalArgumentException("points per class must be in [2, " + MAX_PER_CLASS + "], got " + perClass);
        }
        if (classes < 2 || classes > 10) {
            throw new IllegalArgumentException("classes must be in [2, 10], got " + classes);
        }
        Random rnd = new Random(seed);
        int n = perClass * classes;
        double[] xy = new double[n * 2];
        int[] y = new int[n];
        for (int k = 0; k < classes; k++) {
            for (int i = 0; i < perClass; i++) {
                double frac = (double) i / (perClass - 1);
                double r = frac;
                double t = 4.0 * k + 4.0 * frac + rnd.nextGaussian() * 0.2;
                int row = k * perClass + i;
                xy[2 * row] = r * Math.sin(t * 2.5);
                xy[2 * row + 1] = r * Math.cos(t * 2.5);
                y[row] = k;
            }
        }
        return new SpiralData(Matrix.wrap(n, 2, xy), new Targets.Indices(y), perClass, classes, seed);
    }

    /** Number of points N·C. */
    public int size() {
        return points.rows();
    }

    public double x(int i) {
        return points.get(i, 0);
    }

    public double y(int i) {
        return points.get(i, 1);
    }

    public int label(int i) {
        return labels.trueClass(i);
    }
}
