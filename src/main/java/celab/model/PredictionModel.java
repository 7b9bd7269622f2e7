package celab.model;

import celab.core.CrossEntropy;
import celab.core.Distribution;
import celab.core.LossResult;
import celab.core.Targets;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One prediction row ŷ against a target class, and the core's result for it. Every change goes
 * through a command here, which keeps the row a distribution and recomputes one LossResult.
 */
public final class PredictionModel {
    private final Lab lab;
    private final IntegerProperty target;
    private final ReadOnlyObjectWrapper<Distribution> prediction;
    private final ReadOnlyObjectWrapper<LossResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    /**
     * @param target shared with other rows when several predictions are judged against one target
     */
    public PredictionModel(Lab lab, Distribution initial, IntegerProperty target) {
        this.lab = lab;
        this.target = target;
        this.prediction = new ReadOnlyObjectWrapper<>(this, "prediction", initial);
        prediction.addListener((o, was, now) -> recompute());
        target.addListener((o, was, now) -> recompute());
        lab.clippingProperty().addListener((o, was, now) -> recompute());
        lab.precisionProperty().addListener((o, was, now) -> recompute());
        recompute();
    }

    // Properties

    public ReadOnlyObjectProperty<Distribution> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public Distribution getPrediction() {
        return prediction.get();
    }

    public IntegerProperty targetProperty() {
        return target;
    }

    public int getTarget() {
        return target.get();
    }

    /** The core's verdict on this row: loss, p(true), predicted class, correct or not. */
    public ReadOnlyObjectProperty<LossResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public LossResult getResult() {
        return result.get();
    }

    /**
     * ∂L/∂ŷ_j = −y_j / ŷ_j for the one-hot target, from the core: −1/p on the true class, 0 on
     * every other class (with ŷ clipped as the loss clips it).
     */
    public double[] gradient() {
        return celab.core.Gradients.wrtProbabilities(prediction.get().toArray(),
                celab.core.Gradients.oneHot(target.get(), classCount()), lab.getClipping());
    }

    public int classCount() {
        return prediction.get().size();
    }

    // Commands

    /** Moves class k to p; the other classes rescale so the row still sums to 1. */
    public void setProbability(int k, double p) {
        prediction.set(prediction.get().with(k, p));
    }

    /** Moves the true class's probability to p (used by dragging the point on the curve). */
    public void setTrueProbability(double p) {
        setProbability(target.get(), p);
    }

    /** Replaces the whole row. */
    public void setPrediction(Distribution d) {
        if (d.size() != classCount() && target.get() >= d.size()) {
            target.set(d.size() - 1);
        }
        prediction.set(d);
    }

    public void setTarget(int k) {
        if (k < 0 || k >= classCount()) {
            throw new IllegalArgumentException("class " + k + " is out of range [0, " + classCount() + ")");
        }
        target.set(k);
    }

    /** Changes the number of classes, keeping the row a distribution and the target in range. */
    public void setClassCount(int classes) {
        if (classes < 2 || classes > Lab.MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be in [2, " + Lab.MAX_CLASSES + "], got " + classes);
        }
        setPrediction(prediction.get().resize(classes));
    }

    private void recompute() {
        Distribution d = prediction.get();
        int t = target.get();
        if (t < 0 || t >= d.size()) {
            return; // a transient state while the class count and the target change together
        }
        result.set(CrossEntropy.evaluate(d.asMatrix(), new Targets.Indices(new int[] {t}),
                lab.getClipping(), lab.getPrecision()));
        lab.changed();
    }
}
