package celab.model;

import celab.core.CrossEntropy;
import celab.core.Gradients;
import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Precision;
import celab.core.Softmax;
import celab.core.SoftmaxSteps;
import celab.core.Targets;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The logits screen: raw scores z for C classes and a target, or the PyTorch post's four-sample
 * example with one selected row being edited. Every change recomputes one {@link LogitsState}
 * through the core. Uses the lab's shared precision, so float32 here is float32 everywhere.
 */
public final class LogitsModel implements ScreenModel<LabState.Logits> {

    /** Sliders cover ±20: softmax is already 1 − 4e-18 vs the rest at a gap of 40. */
    public static final double SLIDER_LIMIT = 20;
    /** Typed logits may go to ±1000: far past where exp overflows in both precisions. */
    public static final double TYPED_LIMIT = 1000;
    /** The central-difference step h of the gradient check. */
    public static final double FD_STEP = 1e-5;

    /** The starting row: a common textbook example, true class 0. */
    public static final double[] INITIAL = {2.0, 1.0, 0.1};

    /** The PyTorch post's logits: torch.manual_seed(0); torch.randn(4, 3), as float32 values. */
    public static final double[][] PYTORCH_LOGITS = {
        {1.5409960746765137, -0.293428897857666, -2.1787893772125244},
        {0.5684312582015991, -1.0845223665237427, -1.3985954523086548},
        {0.40334683656692505, 0.8380263447761536, -0.7192575931549072},
        {-0.40334352850914, -0.5966353416442871, 0.18203648924827576},
    };
    /** The PyTorch post's targets. */
    public static final int[] PYTORCH_TARGETS = {0, 1, 2, 1};

    private final Lab lab;
    private final ReadOnlyObjectWrapper<LogitsState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper example = new ReadOnlyBooleanWrapper(this, "example", false);
    private Matrix logits = Matrix.of(INITIAL);
    private int[] targets = {0};
    private int selected;

    LogitsModel(Lab lab) {
        this.lab = lab;
        lab.precisionProperty().addListener((o, was, now) -> recompute());
        recompute();
    }

    // Properties

    public ReadOnlyObjectProperty<LogitsState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public LogitsState getState() {
        return state.get();
    }

    /** True while the PyTorch example's rows are loaded. */
    public ReadOnlyBooleanProperty exampleProperty() {
        return example.getReadOnlyProperty();
    }

    public boolean isExample() {
        return example.get();
    }

    public int classCount() {
        return logits.cols();
    }

    // Commands

    /**
     * Sets logit j of the selected row.
     *
     * @throws IllegalArgumentException for a value that is not finite or beyond ±{@value #TYPED_LIMIT}
     */
    public void setLogit(int j, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > TYPED_LIMIT) {
            throw new IllegalArgumentException("logit " + value + " is outside [−1000, 1000]");
        }
        if (logits.get(selected, j) != value) {
            logits = logits.with(selected, j, value);
            recompute();
        }
    }

    /** Sets the selected row's target class. */
    public void setTarget(int k) {
        if (k < 0 || k >= classCount()) {
            throw new IllegalArgumentException("class " + k + " is out of range [0, " + classCount() + ")");
        }
        if (targets[selected] != k) {
            targets = targets.clone();
            targets[selected] = k;
            recompute();
        }
    }

    /** Chooses which row of the example the controls edit. */
    public void select(int row) {
        if (row < 0 || row >= logits.rows()) {
            throw new IllegalArgumentException("row " + row + " is out of range [0, " + logits.rows() + ")");
        }
        if (row != selected) {
            selected = row;
            recompute();
        }
    }

    /**
     * Changes the number of classes of a single row (new classes start at logit 0, the target
     * stays in range). Leaves the example, which has three classes.
     */
    public void setClassCount(int classes) {
        if (classes < 2 || classes > Lab.MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be in [2, " + Lab.MAX_CLASSES + "], got " + classes);
        }
        if (classes == classCount() && !isExample()) {
            return;
        }
        double[] row = Arrays.copyOf(logits.row(selected), classes);
        int t = Math.min(targets[selected], classes - 1);
        load(new double[][] {row}, new int[] {t}, 0, false);
    }

    /** Loads the PyTorch post's four rows and targets, editing the first. */
    public void loadExample() {
        load(PYTORCH_LOGITS, PYTORCH_TARGETS, 0, true);
    }

    /** Keeps only the selected row, as a single editable row. */
    public void leaveExample() {
        load(new double[][] {logits.row(selected)}, new int[] {targets[selected]}, 0, false);
    }

    /** The values of this screen, for undo and scenario files. */
    @Override
    public LabState.Logits snapshot() {
        List<List<Double>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < logits.rows(); i++) {
            rows.add(Arrays.stream(logits.row(i)).boxed().toList());
        }
        return new LabState.Logits(rows, Arrays.stream(targets).boxed().toList(), selected, isExample());
    }

    /** Puts values back; checked first, so bad values change nothing. */
    @Override
    public void restore(LabState.Logits v) {
        if (v.logits() == null || v.targets() == null || v.logits().isEmpty()) {
            throw new IllegalArgumentException("logits: rows and targets are needed");
        }
        double[][] rows = v.logits().stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        Matrix m = Matrix.of("logits", rows);
        if (m.cols() < 2 || m.cols() > Lab.MAX_CLASSES) {
            throw new IllegalArgumentException("logits: need 2 to " + Lab.MAX_CLASSES + " classes, found " + m.cols());
        }
        for (double[] r : rows) {
            for (double z : r) {
                if (!Double.isFinite(z) || Math.abs(z) > TYPED_LIMIT) {
                    throw new IllegalArgumentException("logits: logit " + z + " is outside [−1000, 1000]");
                }
            }
        }
        int[] t = v.targets().stream().mapToInt(Integer::intValue).toArray();
        if (t.length != rows.length) {
            throw new IllegalArgumentException("logits: " + rows.length + " rows but " + t.length + " targets");
        }
        for (int k : t) {
            if (k < 0 || k >= m.cols()) {
                throw new IllegalArgumentException("logits: target " + k + " is out of range [0, " + m.cols() + ")");
            }
        }
        if (v.selected() < 0 || v.selected() >= rows.length) {
            throw new IllegalArgumentException("logits: selected row " + v.selected() + " does not exist");
        }
        load(rows, t, v.selected(), v.example());
    }

    /** Back to [2.0, 1.0, 0.1] with class 0 true. */
    @Override
    public void reset() {
        load(new double[][] {INITIAL}, new int[] {0}, 0, false);
    }

    private void load(double[][] rows, int[] t, int sel, boolean isExample) {
        logits = Matrix.of("logits", rows);
        targets = t.clone();
        selected = sel;
        example.set(isExample);
        recompute();
    }

    private void recompute() {
        Precision precision = lab.getPrecision();
        LossResult batch = CrossEntropy.evaluateLogits(logits, new Targets.Indices(targets), precision);
        double[] z = logits.row(selected);
        int t = targets[selected];
        double[] g = Gradients.wrtLogits(z, Gradients.oneHot(t, z.length));
        double[] fd = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double[] up = z.clone();
            double[] down = z.clone();
            up[j] += FD_STEP;
            down[j] -= FD_STEP;
            fd[j] = (rowLoss(up, t) - rowLoss(down, t)) / (2 * FD_STEP);
        }
        state.set(new LogitsState(logits, targets, selected, batch, Softmax.softmax(z, precision),
                SoftmaxSteps.stable(z, t, precision), SoftmaxSteps.naive(z, t, precision), g, fd));
        lab.changed();
    }

    private static double rowLoss(double[] z, int t) {
        return CrossEntropy.evaluateLogits(Matrix.of(z), new Targets.Indices(new int[] {t}), Precision.FLOAT64).loss(0);
    }
}
