package celab.core;

import java.util.List;
import java.util.PriorityQueue;

/**
 * Everything the "Your data" views show about one data set at one temperature and one clipping,
 * computed once: the batch result (per-sample losses, p(true), predicted classes, mean,
 * accuracy), per-class statistics and the confusion matrix, the spread of the losses, the
 * reliability diagram and ECE, what clipping does, and the worst samples. Immutable.
 */
public final class DataAnalysis {

    /** How many of the worst samples are kept for the table. */
    public static final int WORST = 200;

    private final Dataset data;
    private final Temperature scaling;
    private final double temperature;
    private final LossResult result;
    private final ClassStats classes;
    private final LossHistogram histogram;
    private final Reliability reliability;
    private final ClippingEffect clipping;
    private final int[] worst;

    private DataAnalysis(Dataset data, Temperature scaling, double temperature, LossResult result,
                         ClassStats classes, LossHistogram histogram, Reliability reliability,
                         ClippingEffect clipping, int[] worst) {
        this.data = data;
        this.scaling = scaling;
        this.temperature = temperature;
        this.result = result;
        this.classes = classes;
        this.histogram = histogram;
        this.reliability = reliability;
        this.clipping = clipping;
        this.worst = worst;
    }

    /**
     * Analyses {@code data} at temperature t. Probabilities are clipped as {@code clipping}
     * says; logits go through the stable log-softmax and are not clipped (the clipping effect is
     * then what clipping their softmax outputs would do).
     *
     * @param scaling the prepared {@link Temperature} of this same data set
     */
    public static DataAnalysis of(Dataset data, Temperature scaling, double t, Clipping clipping) {
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("temperature must be positive, got " + t);
        }
        int n = data.size();
        double[] losses = new double[n];
        double[] pTrue = new double[n];
        double[] used = new double[n];
        double[] confidence = new double[n];
        int[] predicted = new int[n];
        int[] trueClass = data.targets();
        boolean[] correct = new boolean[n];
        Matrix scores = data.scores();
        boolean clips = data.kind() == ScoreKind.PROBABILITIES;
        Temperature.forChunks(n, (from, to) -> {
            double[] out = new double[3];
            for (int i = from; i < to; i++) {
                scaling.sample(i, t, clipping, out);
                losses[i] = out[0];
                pTrue[i] = out[1];
                used[i] = clips ? clipping.apply(out[1]) : out[1];
                confidence[i] = out[2];
                predicted[i] = Accuracy.argmax(scores, i);
                correct[i] = predicted[i] == trueClass[i];
            }
        });
        LossResult result = new LossResult(data.classes(), losses, pTrue, used, predicted, trueClass,
                data.warnings(), clips ? clipping : Clipping.OFF, Precision.FLOAT64);
        return new DataAnalysis(data, scaling, t, result,
                ClassStats.of(data.classes(), trueClass, predicted, losses),
                LossHistogram.of(losses),
                Reliability.of(confidence, correct, Reliability.DEFAULT_BINS),
                ClippingEffect.of(pTrue),
                worst(losses, WORST));
    }

    /** Indices of the k largest losses, largest first; ties go to the earlier sample. */
    static int[] worst(double[] losses, int k) {
        int keep = Math.min(k, losses.length);
        // the heap's head is the least bad of the kept ones
        PriorityQueue<Integer> heap = new PriorityQueue<>(keep + 1, (a, b) -> {
            int byLoss = Double.compare(losses[a], losses[b]);
            return byLoss != 0 ? byLoss : Integer.compare(b, a);
        });
        for (int i = 0; i < losses.length; i++) {
            if (heap.size() < keep) {
                heap.add(i);
            } else if (keep > 0 && losses[i] > losses[heap.peek()]) {
                heap.poll();
                heap.add(i);
            }
        }
        int[] out = new int[heap.size()];
        for (int j = out.length - 1; j >= 0; j--) {
            out[j] = heap.poll();
        }
        return out;
    }

    public Dataset data() {
        return data;
    }

    public double temperature() {
        return temperature;
    }

    /** Per-sample losses, p(true), predicted and true classes, mean, sum, accuracy, warnings. */
    public LossResult result() {
        return result;
    }

    public ClassStats classes() {
        return classes;
    }

    public LossHistogram histogram() {
        return histogram;
    }

    public Reliability reliability() {
        return reliability;
    }

    public ClippingEffect clipping() {
        return clipping;
    }

    /** The worst samples (up to {@value #WORST}), largest loss first. */
    public int[] worst() {
        return worst.clone();
    }

    /** Sample i's share of the total loss, L_i / Σ L. */
    public double share(int sample) {
        return result.loss(sample) / result.sum();
    }

    /** The probabilities of sample i at this temperature. */
    public double[] probabilities(int sample) {
        return scaling.probabilities(sample, temperature);
    }

    public List<LossWarning> warnings() {
        return result.warnings();
    }
}
