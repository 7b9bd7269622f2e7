package celab.model;

import celab.core.Distribution;
import celab.core.Information;
import celab.core.LabelSmoothing;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The information screen: a target distribution y and a prediction ŷ over the same classes, read
 * as surprisal, entropy, cross-entropy and KL divergence in the lab's unit (nats or bits).
 * y is the true class's one-hot row smoothed by α, y = (1 − α)·one-hot + α/C, until the learner
 * edits y by hand; moving α (or picking a class) makes it the smoothed row again.
 */
public final class InformationModel {

    /** The seeds' first prediction, [0.7, 0.1, 0.2], against dog. */
    public static final double[] INITIAL = {0.7, 0.1, 0.2};

    private final Lab lab;
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 0);
    private final PredictionModel prediction;
    private final PredictionModel y;
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0.0);
    private final BooleanProperty custom = new SimpleBooleanProperty(this, "custom", false);
    private final ReadOnlyObjectWrapper<Information.Breakdown> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** True while this model writes y itself, so that the write is not taken for a hand edit. */
    private boolean writingY;

    InformationModel(Lab lab) {
        this.lab = lab;
        prediction = new PredictionModel(lab, Distribution.of(INITIAL), target);
        y = new PredictionModel(lab, Distribution.of(LabelSmoothing.row(0, INITIAL.length, 0.0)), target);
        y.predictionProperty().addListener((o, was, now) -> {
            if (!writingY) {
                custom.set(true);
            }
            recompute();
        });
        prediction.predictionProperty().addListener((o, was, now) -> {
            if (now.size() != y.classCount()) {
                resizeY(now.size());
            }
            recompute();
        });
        target.addListener((o, was, now) -> smooth());
        smoothing.addListener((o, was, now) -> {
            custom.set(false);
            smooth();
        });
        custom.addListener((o, was, now) -> lab.changed());
        lab.logBaseProperty().addListener((o, was, now) -> recompute());
        recompute();
    }

    // Properties

    /** ŷ and the true class; edited with the explorer's editors. */
    public PredictionModel prediction() {
        return prediction;
    }

    /** y as a row that the probability editor can move; it shares the true class with ŷ. */
    public PredictionModel target() {
        return y;
    }

    /** Label smoothing α in [0, 1]. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** True when y was edited by hand rather than made from the true class and α. */
    public ReadOnlyBooleanProperty customProperty() {
        return custom;
    }

    /** Surprisals, H(y), H(y, ŷ) and KL(y‖ŷ) in the lab's unit. */
    public ReadOnlyObjectProperty<Information.Breakdown> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Information.Breakdown getResult() {
        return result.get();
    }

    // Commands

    /** Sets α; y becomes the smoothed one-hot row of the true class. */
    public void setSmoothing(double alpha) {
        LabelSmoothing.check(alpha);
        if (alpha == smoothing.get()) {
            custom.set(false);
            smooth();
        } else {
            smoothing.set(alpha);
        }
    }

    /** Changes C for both rows; y stays hand-edited (resized) or smoothed. */
    public void setClassCount(int classes) {
        prediction.setClassCount(classes);
    }

    /** Moves ŷ onto y: the cross-entropy reaches its floor H(y) and KL becomes 0. */
    public void matchPredictionToTarget() {
        prediction.setPrediction(y.getPrediction());
    }

    /** The values, as one immutable record. */
    public record State(List<Double> prediction, int target, double smoothing, List<Double> y, boolean custom) {
        public State {
            prediction = List.copyOf(prediction);
            y = List.copyOf(y);
        }
    }

    public State snapshot() {
        return new State(boxed(prediction.getPrediction()), target.get(), smoothing.get(),
                boxed(y.getPrediction()), custom.get());
    }

    /** Puts the values back; everything is checked first, so a bad state changes nothing. */
    public void restore(State s) {
        if (s.prediction() == null || s.y() == null) {
            throw new IllegalArgumentException("information: prediction and y are both needed");
        }
        double[] p = unboxed(s.prediction());
        if (p.length < 2 || p.length > Lab.MAX_CLASSES) {
            throw new IllegalArgumentException("information: need 2 to " + Lab.MAX_CLASSES + " classes, found " + p.length);
        }
        if (s.target() < 0 || s.target() >= p.length) {
            throw new IllegalArgumentException("information: target " + s.target() + " is out of range [0, " + p.length + ")");
        }
        if (!(s.smoothing() >= 0 && s.smoothing() <= 1)) {
            throw new IllegalArgumentException("information: label smoothing " + s.smoothing() + " is not in [0, 1]");
        }
        double[] yv = unboxed(s.y());
        if (s.custom() && yv.length != p.length) {
            throw new IllegalArgumentException("information: y has " + yv.length + " classes but ŷ has " + p.length);
        }
        Distribution pd = Distribution.of(p);
        Distribution yd = s.custom() ? Distribution.of(yv) : null;
        if (yd != null && Math.abs(yd.sum() - 1) > 1e-6) {
            throw new IllegalArgumentException("information: y sums to " + yd.sum() + ", not 1");
        }
        prediction.setPrediction(pd);
        target.set(s.target());
        smoothing.set(s.smoothing());
        custom.set(false);
        smooth();
        if (yd != null) {
            y.setPrediction(yd); // marks y as hand-edited
        }
    }

    /** Back to [0.7, 0.1, 0.2] against dog, one-hot (α = 0). */
    public void reset() {
        restore(new State(Arrays.stream(INITIAL).boxed().toList(), 0, 0.0, List.of(1.0, 0.0, 0.0), false));
    }

    private void smooth() {
        if (custom.get()) {
            recompute();
            return;
        }
        int c = prediction.classCount();
        int t = target.get();
        if (t < 0 || t >= c) {
            return; // the class count and the target are changing together
        }
        writeY(Distribution.of(LabelSmoothing.row(t, c, smoothing.get())));
    }

    private void resizeY(int classes) {
        if (custom.get()) {
            writingY = true;
            try {
                y.setPrediction(y.getPrediction().resize(classes));
            } finally {
                writingY = false;
            }
        } else {
            smooth();
        }
    }

    private void writeY(Distribution d) {
        writingY = true;
        try {
            y.setPrediction(d);
        } finally {
            writingY = false;
        }
    }

    private void recompute() {
        double[] yv = y.getPrediction().toArray();
        double[] p = prediction.getPrediction().toArray();
        if (yv.length != p.length) {
            return;
        }
        result.set(Information.breakdown(yv, p, lab.getLogBase()));
        lab.changed();
    }

    private static List<Double> boxed(Distribution d) {
        return Arrays.stream(d.toArray()).boxed().toList();
    }

    private static double[] unboxed(List<Double> values) {
        return values.stream().mapToDouble(v -> {
            if (v == null) {
                throw new IllegalArgumentException("information: a value is missing");
            }
            return v;
        }).toArray();
    }
}
