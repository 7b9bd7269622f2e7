package celab.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of value changes. The app calls {@link #checkpoint()} when a gesture ends (a
 * slider released, Enter pressed, a button clicked); if the values differ from the last
 * checkpoint, the last one becomes an undo step. A drag is therefore one step, not a hundred.
 */
public final class History {
    private static final int LIMIT = 200;

    private final Supplier<LabState> snapshot;
    private final Consumer<LabState> restore;
    private final Deque<LabState> undo = new ArrayDeque<>();
    private final Deque<LabState> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private LabState committed;

    public History(Supplier<LabState> snapshot, Consumer<LabState> restore) {
        this.snapshot = snapshot;
        this.restore = restore;
        this.committed = snapshot.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Records the current values as a step if they changed since the last checkpoint; true if so. */
    public boolean checkpoint() {
        LabState now = snapshot.get();
        if (now.equals(committed)) {
            return false;
        }
        undo.push(committed);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        committed = now;
        update();
        return true;
    }

    /** Goes back one step; false when there is nothing to undo. */
    public boolean undo() {
        checkpoint();
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(committed);
        committed = undo.pop();
        restore.accept(committed);
        update();
        return true;
    }

    /** Goes forward one undone step; false when there is nothing to redo. */
    public boolean redo() {
        if (!snapshot.get().equals(committed)) {
            checkpoint();
            return false; // a new change since the undo: the redo steps are gone
        }
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(committed);
        committed = redo.pop();
        restore.accept(committed);
        update();
        return true;
    }

    /** Forgets every step, e.g. after opening a scenario. */
    public void clear() {
        undo.clear();
        redo.clear();
        committed = snapshot.get();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
