package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * perSample on label rows in float64 takes a shortcut for rows with one nonzero label; it must
 * give bit for bit what the row-by-row formula {@link CrossEntropy#loss(double[], double[], Clipping)}
 * gives, for one-hot, soft, empty and odd rows, on both sides of the parallel threshold.
 */
class LabelRowsFastPathTest {

    private static Matrix rows(SplittableRandom random, int n, int c, boolean probabilities) {
        double[] data = new double[n * c];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < c; j++) {
                data[i * c + j] = random.nextDouble() < 0.1 ? 0 : random.nextDouble();
                sum += data[i * c + j];
            }
            if (probabilities && sum > 0) {
                for (int j = 0; j < c; j++) {
                    data[i * c + j] /= sum;
                }
            }
        }
        return Matrix.wrap(n, c, data);
    }

    private static Matrix labels(SplittableRandom random, int n, int c) {
        double[] y = new double[n * c];
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(6);
            int k = random.nextInt(c);
            switch (kind) {
                case 0, 1, 2 -> y[i * c + k] = 1;                          // one-hot
                case 3 -> y[i * c + k] = 0.5 + random.nextDouble();        // one nonzero, not 1
                case 4 -> {                                                 // soft label
                    y[i * c + k] = 0.25;
                    y[i * c + (k + 1) % c] = 0.75;
                }
                default -> {                                                // nothing, or NaN
                    if (random.nextBoolean()) {
                        y[i * c + k] = Double.NaN;
                    }
                }
            }
        }
        return Matrix.wrap(n, c, y);
    }

    @Test
    void sameBitsAsTheRowByRowFormula() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n : new int[] {1, 7, 70_000}) {
            for (Clipping clipping : new Clipping[] {Clipping.DEFAULT, Clipping.OFF, Clipping.of(0.01)}) {
                Matrix p = rows(random, n, 4, true);
                Matrix y = labels(random, n, 4);
                double[] fast = CrossEntropy.perSample(p, new Targets.Rows(y), clipping);
                for (int i = 0; i < n; i++) {
                    double expected = CrossEntropy.loss(p.row(i), y.row(i), clipping);
                    assertEquals(expected, fast[i], "row " + i + " of " + n + ", " + clipping);
                }
            }
        }
    }

    @Test
    void oneHotRowsAgreeWithIndexTargets() {
        SplittableRandom random = new SplittableRandom(6);
        Matrix p = rows(random, 70_000, 10, true);
        int[] classes = new int[p.rows()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = random.nextInt(10);
        }
        Targets.Indices indices = new Targets.Indices(classes);
        double[] byIndex = CrossEntropy.perSample(p, indices, Clipping.DEFAULT);
        double[] byRow = CrossEntropy.perSample(p, indices.toOneHot(10), Clipping.DEFAULT);
        for (int i = 0; i < byIndex.length; i++) {
            assertEquals(byIndex[i], byRow[i], "row " + i);
        }
    }
}
