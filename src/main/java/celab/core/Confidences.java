package celab.core;

/**
 * The two ways the seeds pull out each sample's "correct confidence" ŷ_i,true from a batch of
 * (clipped) predictions, kept apart so the lab can show that they agree:
 * <ul>
 *   <li>indexing with class indices t: {@code c_i = clip(ŷ)[i, t_i]} (NumPy's
 *       {@code y_pred[range(N), t]});</li>
 *   <li>multiply-and-sum with label rows y: {@code c_i = Σ_j clip(ŷ)_ij · y_ij} (NumPy's
 *       {@code np.sum(y_pred * y_true, axis=1)}).</li>
 * </ul>
 * For a one-hot y both give the same numbers, because every term but the true class's is
 * multiplied by 0. The loss of sample i is then −log(c_i).
 */
public final class Confidences {

    private Confidences() {
    }

    /**
     * c_i = clip(ŷ)[i, t_i]: one value per row, picked by the row's class index.
     *
     * @throws IllegalArgumentException when the counts differ or an index is out of range
     */
    public static double[] byIndex(Matrix predictions, Targets.Indices targets, Clipping clipping) {
        int n = predictions.rows();
        int c = predictions.cols();
        int[] t = targets.classes();
        if (t.length != n) {
            throw new IllegalArgumentException(n + " prediction rows but " + t.length + " targets");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (t[i] < 0 || t[i] >= c) {
                throw new IllegalArgumentException("class index " + t[i] + " is out of range [0, " + c + ")");
            }
            out[i] = clipping.apply(predictions.get(i, t[i]));
        }
        return out;
    }

    /**
     * c_i = Σ_j clip(ŷ)_ij · y_ij: each row multiplied element by element with its label row and
     * summed over the classes.
     *
     * @throws IllegalArgumentException when the shapes differ
     */
    public static double[] byMultiplyAndSum(Matrix predictions, Targets.Rows targets, Clipping clipping) {
        Matrix y = targets.labels();
        int n = predictions.rows();
        int c = predictions.cols();
        if (y.rows() != n || y.cols() != c) {
            throw new IllegalArgumentException("predictions are " + n + " × " + c + " but targets are "
                    + y.rows() + " × " + y.cols());
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < c; j++) {
                s += clipping.apply(predictions.get(i, j)) * y.get(i, j);
            }
            out[i] = s;
        }
        return out;
    }
}
