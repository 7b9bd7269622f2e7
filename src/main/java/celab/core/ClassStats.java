package celab.core;

/**
 * Per-class view of a batch: how many samples each true class has, their mean loss and the
 * share predicted correctly (the class's recall), and the confusion matrix
 * {@code count(true = r, predicted = c)}.
 */
public final class ClassStats {
    private final int[][] confusion;
    private final int[] counts;
    private final double[] meanLoss;
    private final double[] accuracy;

    private ClassStats(int[][] confusion, int[] counts, double[] meanLoss, double[] accuracy) {
        this.confusion = confusion;
        this.counts = counts;
        this.meanLoss = meanLoss;
        this.accuracy = accuracy;
    }

    /** From per-sample true classes, predicted classes and losses over C classes. */
    public static ClassStats of(int classes, int[] trueClass, int[] predicted, double[] losses) {
        int[][] confusion = new int[classes][classes];
        int[] counts = new int[classes];
        double[] sums = new double[classes];
        for (int i = 0; i < trueClass.length; i++) {
            confusion[trueClass[i]][predicted[i]]++;
            counts[trueClass[i]]++;
            sums[trueClass[i]] += losses[i];
        }
        double[] accuracy = new double[classes];
        for (int k = 0; k < classes; k++) {
            sums[k] = counts[k] == 0 ? Double.NaN : sums[k] / counts[k];
            accuracy[k] = counts[k] == 0 ? Double.NaN : (double) confusion[k][k] / counts[k];
        }
        return new ClassStats(confusion, counts, sums, accuracy);
    }

    public int classes() {
        return counts.length;
    }

    /** Samples whose true class is r and whose predicted class is c. */
    public int confusion(int r, int c) {
        return confusion[r][c];
    }

    /** The largest cell of the confusion matrix. */
    public int maxCell() {
        int m = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    /** Samples of true class k. */
    public int count(int k) {
        return counts[k];
    }

    /** Mean loss over the samples of true class k (NaN if there are none). */
    public double meanLoss(int k) {
        return meanLoss[k];
    }

    /** Share of class k's samples predicted as k (NaN if there are none). */
    public double accuracy(int k) {
        return accuracy[k];
    }
}
