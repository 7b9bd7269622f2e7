package celab.core;

/**
 * What a file of predictions holds: probabilities (each row in [0, 1], summing to 1) or logits
 * (raw scores, any real numbers, turned into probabilities by softmax).
 */
public enum ScoreKind {
    PROBABILITIES("probabilities"),
    LOGITS("logits");

    /** How far a row may sum from 1 and still be read as probabilities when guessing. */
    public static final double DETECT_TOLERANCE = 1e-3;

    private final String label;

    ScoreKind(String label) {
        this.label = label;
    }

    /** "probabilities" or "logits". */
    public String label() {
        return label;
    }

    /**
     * A guess from the values: probabilities when every value is in [0, 1] and every row sums to
     * 1 within {@value #DETECT_TOLERANCE}, else logits. A logit row that happens to look like a
     * distribution is read as probabilities; the user can say otherwise.
     */
    public static ScoreKind detect(Matrix scores) {
        double[] d = scores.data();
        int c = scores.cols();
        for (int i = 0; i < scores.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < c; j++) {
                double v = d[i * c + j];
                if (!(v >= 0 && v <= 1)) {
                    return LOGITS;
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > DETECT_TOLERANCE) {
                return LOGITS;
            }
        }
        return PROBABILITIES;
    }
}
