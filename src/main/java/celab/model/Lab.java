package celab.model;

import celab.core.Clipping;
import celab.core.Precision;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lab's whole state: settings every screen shares (clipping, precision, class names, hidden
 * numbers) and one model per screen. Views bind to these properties; nothing else holds state.
 */
public final class Lab {

    /** Default class names; the first three are the seeds' dog, cat and human. */
    public static final List<String> DEFAULT_NAMES = List.of(
            "dog", "cat", "human", "bird", "fish", "horse", "frog", "car", "ship", "plane");

    /** The most classes any screen offers. */
    public static final int MAX_CLASSES = DEFAULT_NAMES.size();

    // Properties
    private final ObjectProperty<Clipping> clipping = new SimpleObjectProperty<>(this, "clipping", Clipping.DEFAULT);
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(this, "precision", Precision.FLOAT64);
    private final ObservableList<String> classNames = FXCollections.observableArrayList(DEFAULT_NAMES);
    private final BooleanProperty numbersHidden = new SimpleBooleanProperty(this, "numbersHidden", false);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);

    private final ExplorerModel explorer = new ExplorerModel(this);
    private final ComparisonModel comparison = new ComparisonModel(this);
    private final GuideProgress guide = new GuideProgress();

    {
        clipping.addListener((o, was, now) -> changed());
        precision.addListener((o, was, now) -> changed());
        classNames.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
    }
    private final ClippingModel clippingLab = new ClippingModel(this);
    private final BatchModel batch = new BatchModel(this);
    private final LogitsModel logits = new LogitsModel(this);
    private final SpiralModel spiral = new SpiralModel();
    private final DataModel data = new DataModel(this);

    public ObjectProperty<Clipping> clippingProperty() {
        return clipping;
    }

    public Clipping getClipping() {
        return clipping.get();
    }

    public ObjectProperty<Precision> precisionProperty() {
        return precision;
    }

    public Precision getPrecision() {
        return precision.get();
    }

    /** Ten names, shared by every screen; a screen with C classes shows the first C. */
    public ObservableList<String> classNames() {
        return classNames;
    }

    /** Predict-then-reveal: while true, every loss number on screen is shown as "?". */
    public BooleanProperty numbersHiddenProperty() {
        return numbersHidden;
    }

    /**
     * Counts changes to any screen's values. Guided-lesson checks, undo and autosave watch this
     * one number instead of every model's properties.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Called by the screen models after every recomputation. */
    void changed() {
        revision.set(revision.get() + 1);
    }

    public ExplorerModel explorer() {
        return explorer;
    }

    /** The accuracy-vs-loss screen: predictions A and B against one shared true class. */
    public ComparisonModel comparison() {
        return comparison;
    }

    /** Progress through the guided lessons. */
    public GuideProgress guide() {
        return guide;
    }

    /** The clipping screen's model (named so as not to clash with {@link #clippingProperty()}). */
    public ClippingModel clippingLab() {
        return clippingLab;
    }

    /** The batch screen: the seeds' 3 × 3 batch, its targets and the batch result. */
    public BatchModel batch() {
        return batch;
    }

    public LogitsModel logits() {
        return logits;
    }

    public SpiralModel spiral() {
        return spiral;
    }

    /** The "Your data" screen: loaded predictions and targets, temperature, analysis. */
    public DataModel data() {
        return data;
    }

    // Commands

    private static LabState.Batch batchPart(BatchModel.State s) {
        return new LabState.Batch(s.rows().stream()
                .map(d -> java.util.Arrays.stream(d.toArray()).boxed().toList()).toList(),
                s.targets(), s.form().name());
    }

    private static BatchModel.State batchState(LabState.Batch b) {
        if (b.rows() == null || b.targets() == null || b.form() == null) {
            throw new IllegalArgumentException("batch: rows, targets and form are all needed");
        }
        List<celab.core.Distribution> rows = b.rows().stream()
                .map(r -> celab.core.Distribution.of(r.stream().mapToDouble(Double::doubleValue).toArray())).toList();
        BatchModel.TargetForm form;
        try {
            form = BatchModel.TargetForm.valueOf(b.form());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("batch: form \"" + b.form() + "\" is not INDICES or ONE_HOT");
        }
        return new BatchModel.State(rows, b.targets(), form);
    }

    /** Every screen's model, in teaching order; the screen catalog has one screen for each. */
    public List<ScreenModel<?>> screenModels() {
        return List.of(explorer, comparison, batch, clippingLab, logits, spiral, data);
    }

    /** The settings every screen shares. */
    public LabState.Settings sharedSettings() {
        Clipping c = clipping.get();
        return new LabState.Settings(c.epsilon(), c.enabled(), precision.get().name(), List.copyOf(classNames));
    }

    /** Every value on every screen, as one immutable value: the shared settings and each screen's record. */
    public LabState snapshot() {
        return new LabState(sharedSettings(), explorer.snapshot(), comparison.snapshot(),
                batchPart(batch.snapshot()), clippingLab.snapshot(), logits.snapshot(), spiral.snapshot());
    }

    /**
     * Puts every value back. The state is checked first, so a bad state changes nothing.
     *
     * @throws IllegalArgumentException naming the part of the state that is wrong
     */
    public void restore(LabState state) {
        LabState.Settings s = state.settings();
        Clipping c = new Clipping(s.clipping(), s.epsilon());
        Precision p = Precision.valueOf(s.precision());
        if (s.classNames().size() != MAX_CLASSES || s.classNames().stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("settings: need " + MAX_CLASSES + " non-blank class names");
        }
        LabState before = snapshot();
        try {
            clipping.set(c);
            precision.set(p);
            classNames.setAll(s.classNames());
            explorer.restore(state.explorer());
            comparison.restore(state.comparison());
            batch.restore(batchState(state.batch()));
            if (state.clippingScreen() != null) {
                clippingLab.restore(state.clippingScreen());
            }
            logits.restore(state.logits());
            if (state.training() != null) {
                spiral.restore(state.training());
            }
        } catch (RuntimeException e) {
            if (state != before) {
                restore(before);
            }
            throw e;
        }
    }

    /** Renames class k; blank names are refused (the previous name stays). */
    public boolean rename(int k, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 24) {
            return false;
        }
        classNames.set(k, trimmed);
        return true;
    }

    /** Every shared setting back: ε = 1e-7, clipping on, float64, the default names. Screens stay. */
    public void resetShared() {
        resetNumerics();
        resetNames();
    }

    /** Back to ε = 1e-7, clipping on, float64. */
    public void resetNumerics() {
        clipping.set(Clipping.DEFAULT);
        precision.set(Precision.FLOAT64);
    }

    /** Back to the default class names. */
    public void resetNames() {
        classNames.setAll(DEFAULT_NAMES);
    }
}
