package celab.model;

import celab.core.Clipping;
import celab.core.LogBase;
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
    private final ObjectProperty<LogBase> logBase = new SimpleObjectProperty<>(this, "logBase", LogBase.E);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);

    private final ExplorerModel explorer = new ExplorerModel(this);
    private final ComparisonModel comparison = new ComparisonModel(this);
    private final GuideProgress guide = new GuideProgress();

    {
        clipping.addListener((o, was, now) -> changed());
        precision.addListener((o, was, now) -> changed());
        logBase.addListener((o, was, now) -> changed());
        classNames.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
    }
    private final ClippingModel clippingLab = new ClippingModel(this);
    private final BatchModel batch = new BatchModel(this);
    private final LogitsModel logits = new LogitsModel(this);
    private final SpiralModel spiral = new SpiralModel();
    private final InformationModel information = new InformationModel(this);
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

    /**
     * The unit of every loss on every screen: nats (log base e) or bits (log base 2). The core
     * computes in nats; views convert with {@link LogBase#fromNats(double)} and name the unit.
     */
    public ObjectProperty<LogBase> logBaseProperty() {
        return logBase;
    }

    public LogBase getLogBase() {
        return logBase.get();
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

    /** The information screen: y (one-hot, smoothed or hand-made) against ŷ, as H, H(y, ŷ) and KL. */
    public InformationModel information() {
        return information;
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
        return List.of(explorer, comparison, batch, clippingLab, logits, information, spiral, data);
    }

    /** The settings every screen shares. */
    public LabState.Settings sharedSettings() {
        Clipping c = clipping.get();
        return new LabState.Settings(c.epsilon(), c.enabled(), precision.get().name(), List.copyOf(classNames),
                logBase.get().name());
    }

    /** Every value on every screen, as one immutable value: the shared settings and each screen's record. */
    public LabState snapshot() {
        return new LabState(sharedSettings(), explorer.snapshot(), comparison.snapshot(),
                batchPart(batch.snapshot()), clippingLab.snapshot(), logits.snapshot(), spiral.snapshot(),
                information.snapshot());
    }

    /**
     * Puts every value back. The state is checked first, so a bad state changes nothing.
     *
     * @throws IllegalArgumentException naming the part of the state that is wrong
     */
    public void restore(LabState state) {
        state.check();
        LabState.Settings s = state.settings();
        Clipping c = new Clipping(s.clipping(), s.epsilon());
        Precision p = Precision.valueOf(s.precision());
        LogBase base = logBase(s.logBase());
        if (s.classNames().size() != MAX_CLASSES || s.classNames().stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("settings: need " + MAX_CLASSES + " non-blank class names");
        }
        LabState before = snapshot();
        try {
            clipping.set(c);
            precision.set(p);
            logBase.set(base);
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
            if (state.information() != null) {
                information.restore(state.information());
            }
        } catch (RuntimeException e) {
            if (state != before) {
                restore(before);
            }
            throw e;
        }
    }

    /** A saved unit: E or TWO; missing (a file from before the setting existed) means nats. */
    private static LogBase logBase(String name) {
        if (name == null) {
            return LogBase.E;
        }
        try {
            return LogBase.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("settings: log base \"" + name + "\" is not E (nats) or TWO (bits)");
        }
    }

    /** Renames class k; blank, too long (over 24) or unprintable names are refused (the previous name stays). */
    public boolean rename(int k, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (LabState.Settings.nameProblem(trimmed) != null) {
            return false;
        }
        classNames.set(k, trimmed);
        return true;
    }

    /** Every shared setting back: ε = 1e-7, clipping on, float64, the default names, nats. Screens stay. */
    public void resetShared() {
        resetNumerics();
        resetNames();
        logBase.set(LogBase.E);
    }

    /** Back to ε = 1e-7, clipping on, float64 (the unit, nats or bits, is left as chosen). */
    public void resetNumerics() {
        clipping.set(Clipping.DEFAULT);
        precision.set(Precision.FLOAT64);
    }

    /** Back to the default class names. */
    public void resetNames() {
        classNames.setAll(DEFAULT_NAMES);
    }
}
