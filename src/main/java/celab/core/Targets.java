package celab.core;

import java.util.Arrays;

/**
 * The true classes of a batch, in one of the two forms the seeds use: class indices
 * ({@code [0, 1, 1]}, "sparse") or label rows (one-hot {@code [[1,0,0],[0,1,0],[0,1,0]]},
 * or soft labels that sum to 1).
 */
public sealed interface Targets permits Targets.Indices, Targets.Rows {

    /** Number of samples. */
    int size();

    /** The class a sample belongs to: its index, or the argmax of its label row (first wins). */
    int trueClass(int sample);

    /** y_ij: 1 or 0 for indices, the label row's value otherwise. */
    double weight(int sample, int cls);

    /** Class-index targets, e.g. {@code [0, 1, 1]}. */
    record Indices(int[] classes) implements Targets {
        public Indices {
            classes = classes.clone();
        }

        @Override
        public int size() {
            return classes.length;
        }

        @Override
        public int trueClass(int sample) {
            return classes[sample];
        }

        @Override
        public double weight(int sample, int cls) {
            return classes[sample] == cls ? 1.0 : 0.0;
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }

        /** The same targets as one-hot rows with {@code numClasses} columns. */
        public Rows toOneHot(int numClasses) {
            double[] flat = new double[classes.length * numClasses];
            for (int i = 0; i < classes.length; i++) {
                flat[i * numClasses + classes[i]] = 1.0;
            }
            return new Rows(Matrix.wrap(classes.length, numClasses, flat));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Indices other && Arrays.equals(other.classes, classes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(classes);
        }

        @Override
        public String toString() {
            return Arrays.toString(classes);
        }
    }

    /** Label rows: one-hot or soft labels, one row per sample. */
    record Rows(Matrix labels) implements Targets {
        @Override
        public int size() {
            return labels.rows();
        }

        @Override
        public int trueClass(int sample) {
            return Accuracy.argmax(labels, sample);
        }

        @Override
        public double weight(int sample, int cls) {
            return labels.get(sample, cls);
        }

        /** True when every value is 0 or 1 and each row has exactly one 1. */
        public boolean isOneHot() {
            double[] d = labels.data();
            int c = labels.cols();
            for (int i = 0; i < labels.rows(); i++) {
                int ones = 0;
                for (int j = 0; j < c; j++) {
                    double v = d[i * c + j];
                    if (v == 1.0) {
                        ones++;
                    } else if (v != 0.0) {
                        return false;
                    }
                }
                if (ones != 1) {
                    return false;
                }
            }
            return true;
        }
    }

    static Indices indices(int... classes) {
        return new Indices(classes);
    }

    static Rows rows(double[]... labels) {
        return new Rows(Matrix.of("targets", labels));
    }
}
