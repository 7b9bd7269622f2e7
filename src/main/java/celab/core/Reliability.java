package celab.core;

/**
 * A reliability diagram: samples grouped by confidence (their largest probability) into equal
 * bins over [0, 1]; in each bin the mean confidence and the accuracy. A calibrated classifier
 * is right 80% of the time when it says 80%. Bin b holds confidences in (b/B, (b+1)/B], as in
 * Guo et al. (2017) and their widely copied code; a confidence of exactly 0 goes to bin 0.
 *
 * @param counts     samples per bin
 * @param confidence mean confidence per bin (NaN for an empty bin)
 * @param accuracy   share of correct predictions per bin (NaN for an empty bin)
 * @param ece        expected calibration error Σ_b (n_b / N)·|accuracy_b − confidence_b|
 */
public record Reliability(int[] counts, double[] confidence, double[] accuracy, double ece) {

    /** The bins used unless a caller asks for others. */
    public static final int DEFAULT_BINS = 10;

    public Reliability {
        counts = counts.clone();
        confidence = confidence.clone();
        accuracy = accuracy.clone();
    }

    /**
     * @param confidences the largest probability of each sample
     * @param correct     whether each sample's argmax is its true class
     */
    public static Reliability of(double[] confidences, boolean[] correct, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("need at least 1 bin, got " + bins);
        }
        int[] counts = new int[bins];
        double[] conf = new double[bins];
        double[] hits = new double[bins];
        for (int i = 0; i < confidences.length; i++) {
            int b = bin(confidences[i], bins);
            counts[b]++;
            conf[b] += confidences[i];
            hits[b] += correct[i] ? 1 : 0;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0) {
                conf[b] = Double.NaN;
                hits[b] = Double.NaN;
                continue;
            }
            conf[b] /= counts[b];
            hits[b] /= counts[b];
            ece += (double) counts[b] / confidences.length * Math.abs(hits[b] - conf[b]);
        }
        return new Reliability(counts, conf, hits, confidences.length == 0 ? Double.NaN : ece);
    }

    /** The bin of a confidence: (b/B, (b+1)/B] → b. */
    static int bin(double confidence, int bins) {
        int b = (int) Math.ceil(confidence * bins) - 1;
        return Math.max(0, Math.min(bins - 1, b));
    }

    public int bins() {
        return counts.length;
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public double[] confidence() {
        return confidence.clone();
    }

    @Override
    public double[] accuracy() {
        return accuracy.clone();
    }

    public int count(int bin) {
        return counts[bin];
    }

    public double confidence(int bin) {
        return confidence[bin];
    }

    public double accuracy(int bin) {
        return accuracy[bin];
    }
}
