package celab.model;

import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * Where a learner is in a lesson: which lesson, the current step, the steps completed and the
 * answers given, and whether the guide is open. Saved between runs by the app.
 */
public final class GuideProgress {
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final StringProperty lesson = new SimpleStringProperty(this, "lesson", "");
    private final BooleanProperty mystery = new SimpleBooleanProperty(this, "mystery", false);
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final ObservableSet<String> completed = FXCollections.observableSet();
    private final ObservableMap<String, String> answers = FXCollections.observableHashMap();

    /** Whether the guide panel is showing. */
    public BooleanProperty openProperty() {
        return open;
    }

    /**
     * True while the current step keeps its mystery values hidden: the losses stay "?" and
     * predict-then-reveal cannot show them until the step is solved.
     */
    public BooleanProperty mysteryProperty() {
        return mystery;
    }

    /** The lesson this progress belongs to ("builtin:…" or "file:…"); empty before any. */
    public StringProperty lessonProperty() {
        return lesson;
    }

    /** Index of the current step. */
    public IntegerProperty stepProperty() {
        return step;
    }

    /** Ids of completed steps (task done or question answered right). */
    public ObservableSet<String> completed() {
        return completed;
    }

    /** The last answer given per question step id. */
    public ObservableMap<String, String> answers() {
        return answers;
    }

    public void complete(String id) {
        completed.add(id);
    }

    /** Replaces everything, e.g. from the saved file. */
    public void restore(int current, Set<String> done, Map<String, String> given) {
        completed.clear();
        completed.addAll(done);
        answers.clear();
        answers.putAll(given);
        step.set(Math.max(0, current));
    }

    /** Forgets every step done and every answer, and goes back to the first step. */
    public void clear() {
        restore(0, Set.of(), Map.of());
    }
}
