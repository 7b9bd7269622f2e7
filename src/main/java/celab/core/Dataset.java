package celab.core;

import java.util.List;

/**
 * A classifier's outputs on N samples and their true classes, checked once: N × C scores
 * (probabilities or logits) and one class index per sample. Immutable.
 */
public final class Dataset {
    private final Matrix scores;
    private final ScoreKind kind;
    private final int[] targets;
    private final List<LossWarning> warnings;

    private Dataset(Matrix scores, ScoreKind kind, int[] targets, List<LossWarning> warnings) {
        this.scores = scores;
        this.kind = kind;
        this.targets = targets;
        this.warnings = warnings;
    }

    /**
     * Checks and wraps predictions and raw targets (one column of class indices, or one-hot rows).
     * Soft labels are refused: every view of this data needs one true class per sample.
     *
     * @throws InvalidInputException naming the first bad row and column, with source
     *                               "predictions", "logits" or "targets"
     */
    public static Dataset of(Matrix scores, ScoreKind kind, Matrix rawTargets) {
        List<LossWarning> warnings = List.of();
        if (kind == ScoreKind.PROBABILITIES) {
            warnings = Validation.checkProbabilities(scores);
        } else {
            Validation.checkLogits(scores);
        }
        if (scores.cols() < 2) {
            throw new InvalidInputException(kind == ScoreKind.LOGITS ? "logits" : "predictions", 0, -1,
                    "row has " + scores.cols() + " value; expected at least 2 classes");
        }
        Targets t = Validation.parseTargets(rawTargets, scores.cols());
        Validation.checkSameRows(scores, t);
        Validation.checkTargets(t, scores.cols());
        int[] classes;
        if (t instanceof Targets.Indices idx) {
            classes = idx.classes();
        } else {
            Matrix labels = ((Targets.Rows) t).labels();
            classes = new int[labels.rows()];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = oneHotClass(labels, i);
            }
        }
        return new Dataset(scores, kind, classes, warnings);
    }

    private static int oneHotClass(Matrix labels, int row) {
        int found = -1;
        for (int j = 0; j < labels.cols(); j++) {
            double v = labels.get(row, j);
            if (v == 1.0 && found < 0) {
                found = j;
            } else if (v != 0.0) {
                throw new InvalidInputException("targets", row, j, "soft label " + v
                        + ": this view needs one true class per sample (a class index or a one-hot row)");
            }
        }
        return found;
    }

    public Matrix scores() {
        return scores;
    }

    public ScoreKind kind() {
        return kind;
    }

    /** N. */
    public int size() {
        return targets.length;
    }

    /** C. */
    public int classes() {
        return scores.cols();
    }

    public int target(int sample) {
        return targets[sample];
    }

    /** A copy of the class indices. */
    public int[] targets() {
        return targets.clone();
    }

    /** The index targets as the core's Targets. */
    public Targets.Indices asTargets() {
        return new Targets.Indices(targets);
    }

    int[] targetArray() {
        return targets;
    }

    /** Rows of probabilities that do not sum to 1 (computed as given). */
    public List<LossWarning> warnings() {
        return warnings;
    }
}
