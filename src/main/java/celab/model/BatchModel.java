package celab.model;

import celab.core.Confidences;
import celab.core.CrossEntropy;
import celab.core.Distribution;
import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Targets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The batch screen: N prediction rows over 3 classes, one true class per row, and the core's
 * result for the whole batch. The targets are held once, as class indices; the target form only
 * chooses how they are handed to the core — as {@link Targets.Indices} or as the one-hot
 * {@link Targets.Rows} built from them — so both forms describe the same batch and must give the
 * same losses.
 *
 * <p>All state lives in one immutable {@link State}; every command replaces it, and the result is
 * recomputed whenever the state, clipping or precision change. {@link #snapshot()} and
 * {@link #restore(State)} let undo and scenario files save and bring back the screen.
 */
public final class BatchModel implements ScreenModel<BatchModel.State> {

    /** How the targets are shown and handed to the core. */
    public enum TargetForm {
        /** Class indices such as [0, 1, 1]: the core indexes each row. */
        INDICES,
        /** The one-hot matrix [[1,0,0],[0,1,0],[0,1,0]]: the core multiplies and sums. */
        ONE_HOT
    }

    /** Classes per row on this screen: the seeds' dog, cat and human. */
    public static final int CLASSES = 3;
    public static final int MIN_ROWS = 1;
    public static final int MAX_ROWS = 12;

    /** The seeds' batch: softmax outputs for three samples. */
    public static final double[][] SEED_ROWS = {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}};
    /** The seeds' targets: dog, cat, cat. */
    public static final int[] SEED_TARGETS = {0, 1, 1};

    /**
     * Everything the batch screen holds, immutable.
     *
     * @param rows    the prediction rows, 1 to {@value #MAX_ROWS}, all with the same class count
     * @param targets one class index per row, each in [0, C)
     * @param form    how the targets are shown and given to the core
     */
    public record State(List<Distribution> rows, List<Integer> targets, TargetForm form) {
        public State {
            rows = List.copyOf(rows);
            targets = List.copyOf(targets);
            if (form == null) {
                throw new IllegalArgumentException("target form is missing");
            }
            if (rows.size() < MIN_ROWS || rows.size() > MAX_ROWS) {
                throw new IllegalArgumentException("a batch has " + MIN_ROWS + " to " + MAX_ROWS
                        + " rows, found " + rows.size());
            }
            if (targets.size() != rows.size()) {
                throw new IllegalArgumentException(rows.size() + " rows but " + targets.size() + " targets");
            }
            int c = rows.get(0).size();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != c) {
                    throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size()
                            + " classes, expected " + c);
                }
                int t = targets.get(i);
                if (t < 0 || t >= c) {
                    throw new IllegalArgumentException("target " + t + " of row " + i
                            + " is out of range [0, " + c + ")");
                }
            }
        }

        /** The seeds' batch with index targets. */
        public static State seed() {
            List<Distribution> rows = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (int i = 0; i < SEED_ROWS.length; i++) {
                rows.add(Distribution.of(SEED_ROWS[i]));
                targets.add(SEED_TARGETS[i]);
            }
            return new State(rows, targets, TargetForm.INDICES);
        }

        public int size() {
            return rows.size();
        }

        public int classes() {
            return rows.get(0).size();
        }

        /** The targets as class indices, [0, 1, 1]. */
        public Targets.Indices indices() {
            return new Targets.Indices(targets.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The same targets as a one-hot matrix, [[1,0,0],[0,1,0],[0,1,0]]. */
        public Targets.Rows oneHot() {
            return indices().toOneHot(classes());
        }

        /** The targets in the current form, as the core receives them. */
        public Targets coreTargets() {
            return form == TargetForm.INDICES ? indices() : oneHot();
        }

        /** The prediction rows as an N × C matrix. */
        public Matrix predictions() {
            int c = classes();
            double[] flat = new double[rows.size() * c];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i).toArray(), 0, flat, i * c, c);
            }
            return Matrix.wrap(rows.size(), c, flat);
        }

        State withRow(int i, Distribution d) {
            List<Distribution> r = new ArrayList<>(rows);
            r.set(i, d);
            return new State(r, targets, form);
        }

        State withTarget(int i, int t) {
            List<Integer> ts = new ArrayList<>(targets);
            ts.set(i, t);
            return new State(rows, ts, form);
        }

        State withForm(TargetForm f) {
            return new State(rows, targets, f);
        }
    }

    /**
     * The confidence each sample gives its true class, after clipping, found both ways the seeds
     * show: by indexing with the class indices and by multiplying with the one-hot rows and summing.
     */
    public record Picked(double[] byIndex, double[] byMultiplyAndSum) {
        public Picked {
            byIndex = byIndex.clone();
            byMultiplyAndSum = byMultiplyAndSum.clone();
        }

        @Override
        public double[] byIndex() {
            return byIndex.clone();
        }

        @Override
        public double[] byMultiplyAndSum() {
            return byMultiplyAndSum.clone();
        }
    }

    private final Lab lab;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.seed());
    private final ReadOnlyObjectWrapper<LossResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Picked> picked = new ReadOnlyObjectWrapper<>(this, "picked");

    BatchModel(Lab lab) {
        this.lab = lab;
        state.addListener((o, was, now) -> recompute());
        lab.clippingProperty().addListener((o, was, now) -> recompute());
        lab.precisionProperty().addListener((o, was, now) -> recompute());
        recompute();
    }

    // Properties

    /** The whole screen state; replaced (never mutated) by every command. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** The core's result for the batch: per-sample losses, mean, accuracy, picked probabilities. */
    public ReadOnlyObjectProperty<LossResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public LossResult getResult() {
        return result.get();
    }

    /** The correct confidences found by indexing and by multiply-and-sum. */
    public ReadOnlyObjectProperty<Picked> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    public Picked getPicked() {
        return picked.get();
    }

    public int rowCount() {
        return state.get().size();
    }

    public int classCount() {
        return state.get().classes();
    }

    public Distribution row(int i) {
        return state.get().rows().get(i);
    }

    public int target(int i) {
        return state.get().targets().get(i);
    }

    public TargetForm targetForm() {
        return state.get().form();
    }

    public boolean canAddRow() {
        return rowCount() < MAX_ROWS;
    }

    public boolean canRemoveRow() {
        return rowCount() > MIN_ROWS;
    }

    // Commands

    /** Moves class k of row i to p; the row's other classes rescale so it still sums to 1. */
    public void setProbability(int i, int k, double p) {
        checkRow(i);
        checkClass(k);
        state.set(state.get().withRow(i, row(i).with(k, p)));
    }

    /** Makes class k the true class of row i. */
    public void setTarget(int i, int k) {
        checkRow(i);
        checkClass(k);
        state.set(state.get().withTarget(i, k));
    }

    public void setTargetForm(TargetForm form) {
        state.set(state.get().withForm(form));
    }

    /** Adds a uniform row (1/C each) with class 0 as its target; false when the batch is full. */
    public boolean addRow() {
        return addRow(Distribution.uniform(classCount()), 0);
    }

    /** Adds a row at the end; false when the batch already has {@value #MAX_ROWS} rows. */
    public boolean addRow(Distribution d, int target) {
        if (!canAddRow()) {
            return false;
        }
        State s = state.get();
        List<Distribution> r = new ArrayList<>(s.rows());
        List<Integer> t = new ArrayList<>(s.targets());
        r.add(d);
        t.add(target);
        state.set(new State(r, t, s.form()));
        return true;
    }

    /** Removes row i; false when it is the last row left. */
    public boolean removeRow(int i) {
        checkRow(i);
        if (!canRemoveRow()) {
            return false;
        }
        State s = state.get();
        List<Distribution> r = new ArrayList<>(s.rows());
        List<Integer> t = new ArrayList<>(s.targets());
        r.remove(i);
        t.remove(i);
        state.set(new State(r, t, s.form()));
        return true;
    }

    /** Back to the seeds' batch [[0.7,0.1,0.2],[0.1,0.5,0.4],[0.02,0.9,0.08]], targets [0, 1, 1]. */
    @Override
    public void reset() {
        state.set(State.seed());
    }

    /** The current state, to be brought back later with {@link #restore(State)}. */
    @Override
    public State snapshot() {
        return state.get();
    }

    /** Replaces the whole state at once (one recomputation). */
    @Override
    public void restore(State s) {
        if (s == null) {
            throw new IllegalArgumentException("state is missing");
        }
        if (s.classes() != CLASSES) {
            throw new IllegalArgumentException("the batch screen has " + CLASSES + " classes, found " + s.classes());
        }
        state.set(s);
    }

    private void checkRow(int i) {
        if (i < 0 || i >= rowCount()) {
            throw new IllegalArgumentException("row " + i + " is out of range [0, " + rowCount() + ")");
        }
    }

    private void checkClass(int k) {
        if (k < 0 || k >= classCount()) {
            throw new IllegalArgumentException("class " + k + " is out of range [0, " + classCount() + ")");
        }
    }

    private void recompute() {
        State s = state.get();
        Matrix p = s.predictions();
        picked.set(new Picked(Confidences.byIndex(p, s.indices(), lab.getClipping()),
                Confidences.byMultiplyAndSum(p, s.oneHot(), lab.getClipping())));
        result.set(CrossEntropy.evaluate(p, s.coreTargets(), lab.getClipping(), lab.getPrecision()));
        lab.changed();
    }
}
