package celab.core;

/**
 * Accuracy: the share of samples whose most probable class is the true class. It only asks
 * "right or wrong?", which is why two predictions can tie on accuracy yet differ in loss.
 */
public final class Accuracy {

    private Accuracy() {
    }

    /** The index of the largest value; the first one wins a tie, as in NumPy. */
    public static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    /** argmax of one matrix row. */
    public static int argmax(Matrix m, int row) {
        double[] d = m.data();
        int c = m.cols();
        int base = row * c;
        int best = 0;
        for (int j = 1; j < c; j++) {
            if (d[base + j] > d[base + best]) {
                best = j;
            }
        }
        return best;
    }

    /** mean(argmax(ŷ_i) == true class_i); label-row targets are turned into indices by argmax. */
    public static double accuracy(Matrix predictions, Targets targets) {
        int n = predictions.rows();
        if (n == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (argmax(predictions, i) == targets.trueClass(i)) {
                hits++;
            }
        }
        return (double) hits / n;
    }
}
