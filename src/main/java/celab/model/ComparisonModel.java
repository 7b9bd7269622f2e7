package celab.model;

import celab.core.Distribution;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The accuracy-vs-loss screen: the seeds' predictions A and B, judged against ONE shared true
 * class. Both are right, so accuracy calls them equal, yet their losses differ by a factor of two.
 * Holds the {@link Comparison} of the two results and remembers which challenge the learner has
 * solved since the last reset.
 */
public final class ComparisonModel implements ScreenModel<ComparisonModel.State> {

    /** The seeds' confident prediction A. */
    public static final double[] INITIAL_A = {0.22, 0.6, 0.18};

    /** The seeds' hesitant prediction B. */
    public static final double[] INITIAL_B = {0.32, 0.36, 0.32};

    /** Both are judged against class 1 (cat). */
    public static final int INITIAL_TARGET = 1;

    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", INITIAL_TARGET);
    private final PredictionModel a;
    private final PredictionModel b;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper solvedSameAccuracy = new ReadOnlyBooleanWrapper(this, "solvedSameAccuracy");
    private final ReadOnlyBooleanWrapper solvedWrongBeatsRight = new ReadOnlyBooleanWrapper(this, "solvedWrongBeatsRight");
    private boolean resetting;

    ComparisonModel(Lab lab) {
        a = new PredictionModel(lab, Distribution.of(INITIAL_A), target);
        b = new PredictionModel(lab, Distribution.of(INITIAL_B), target);
        a.resultProperty().addListener((o, was, now) -> update());
        b.resultProperty().addListener((o, was, now) -> update());
        update();
    }

    // Properties

    public PredictionModel a() {
        return a;
    }

    public PredictionModel b() {
        return b;
    }

    /** A for {@link Comparison#A}, B for {@link Comparison#B}. */
    public PredictionModel prediction(int which) {
        return which == Comparison.A ? a : b;
    }

    /** The one true class both predictions are judged against. */
    public IntegerProperty targetProperty() {
        return target;
    }

    /** A and B side by side; replaced whenever either result changes. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Comparison getComparison() {
        return comparison.get();
    }

    /** True once challenge 1 (same accuracy, very different loss) has been reached since the last reset. */
    public ReadOnlyBooleanProperty solvedSameAccuracyProperty() {
        return solvedSameAccuracy.getReadOnlyProperty();
    }

    /** True once challenge 2 (a wrong prediction with a lower loss than a right one) has been reached. */
    public ReadOnlyBooleanProperty solvedWrongBeatsRightProperty() {
        return solvedWrongBeatsRight.getReadOnlyProperty();
    }

    /** The screen's values: rows A and B and the shared target. Which puzzles were solved is not a value. */
    public record State(List<Double> a, List<Double> b, int target) {
        public State {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }
    }

    @Override
    public State snapshot() {
        return new State(boxed(a.getPrediction()), boxed(b.getPrediction()), target.get());
    }

    // Commands

    /**
     * Puts the values back; each row must be a distribution of 3 classes and the target in [0, 3).
     *
     * @throws IllegalArgumentException naming what is wrong; nothing changes then
     */
    @Override
    public void restore(State s) {
        Distribution ra = row("A", s.a());
        Distribution rb = row("B", s.b());
        if (s.target() < 0 || s.target() >= 3) {
            throw new IllegalArgumentException("comparison: target " + s.target() + " is out of range [0, 3)");
        }
        a.setPrediction(ra);
        b.setPrediction(rb);
        target.set(s.target());
    }

    private static Distribution row(String name, List<Double> values) {
        if (values.size() != 3) {
            throw new IllegalArgumentException("comparison: " + name + " needs 3 classes, found " + values.size());
        }
        double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = 0;
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("comparison: " + name + " has the probability " + v
                        + ", not in [0, 1]");
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("comparison: " + name + " sums to " + sum + ", not 1");
        }
        return Distribution.of(p);
    }

    private static List<Double> boxed(Distribution d) {
        return Arrays.stream(d.toArray()).boxed().toList();
    }

    /** Back to the seeds' A and B, cat as the true class, no challenge solved. */
    @Override
    public void reset() {
        resetting = true;
        try {
            a.setPrediction(Distribution.of(INITIAL_A));
            b.setPrediction(Distribution.of(INITIAL_B));
            target.set(INITIAL_TARGET);
        } finally {
            resetting = false;
        }
        solvedSameAccuracy.set(false);
        solvedWrongBeatsRight.set(false);
        update();
    }

    private void update() {
        if (resetting || a.getResult() == null || b.getResult() == null) {
            return;
        }
        // a target change reaches A before B: skip the moment when they disagree on the class
        if (a.getResult().trueClass(0) != target.get() || b.getResult().trueClass(0) != target.get()) {
            return;
        }
        Comparison c = Comparison.of(a.getResult(), b.getResult());
        comparison.set(c);
        if (c.sameAccuracyDifferentLoss()) {
            solvedSameAccuracy.set(true);
        }
        if (c.wrongBeatsRight()) {
            solvedWrongBeatsRight.set(true);
        }
    }
}
