package celab.model;

import celab.core.Distribution;
import javafx.beans.property.SimpleIntegerProperty;

/** The explorer screen: one prediction over 2–10 classes, starting at the seeds' dog/cat/human. */
public final class ExplorerModel {

    /** The seeds' first sample: [0.7, 0.1, 0.2], true class 0 (dog). */
    public static final double[] INITIAL = {0.7, 0.1, 0.2};

    private final PredictionModel row;

    ExplorerModel(Lab lab) {
        row = new PredictionModel(lab, Distribution.of(INITIAL), new SimpleIntegerProperty(this, "target", 0));
    }

    public PredictionModel row() {
        return row;
    }

    /** Back to [0.7, 0.1, 0.2] with dog as the true class. */
    public void reset() {
        row.setPrediction(Distribution.of(INITIAL));
        row.setTarget(0);
    }
}
