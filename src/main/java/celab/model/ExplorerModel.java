package celab.model;

import celab.core.Distribution;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;

/** The explorer screen: one prediction over 2–10 classes, starting at the seeds' dog/cat/human. */
public final class ExplorerModel implements ScreenModel<ExplorerModel.State> {

    /** The seeds' first sample: [0.7, 0.1, 0.2], true class 0 (dog). */
    public static final double[] INITIAL = {0.7, 0.1, 0.2};

    private final PredictionModel row;

    ExplorerModel(Lab lab) {
        row = new PredictionModel(lab, Distribution.of(INITIAL), new SimpleIntegerProperty(this, "target", 0));
    }

    public PredictionModel row() {
        return row;
    }

    /** The explorer's values: the prediction row and the target class. */
    public record State(List<Double> prediction, int target) {
        public State {
            prediction = List.copyOf(prediction);
        }
    }

    @Override
    public State snapshot() {
        double[] p = row.getPrediction().toArray();
        return new State(java.util.Arrays.stream(p).boxed().toList(), row.getTarget());
    }

    /** Puts the values back; the row is validated as a distribution of 2–10 classes. */
    @Override
    public void restore(State s) {
        double[] p = s.prediction().stream().mapToDouble(Double::doubleValue).toArray();
        if (p.length < 2 || p.length > Lab.MAX_CLASSES) {
            throw new IllegalArgumentException("explorer: need 2 to " + Lab.MAX_CLASSES + " classes, found " + p.length);
        }
        if (s.target() < 0 || s.target() >= p.length) {
            throw new IllegalArgumentException("explorer: target " + s.target() + " is out of range [0, " + p.length + ")");
        }
        row.setPrediction(Distribution.of(p));
        row.setTarget(s.target());
    }

    /** Back to [0.7, 0.1, 0.2] with dog as the true class. */
    @Override
    public void reset() {
        row.setPrediction(Distribution.of(INITIAL));
        row.setTarget(0);
    }
}
