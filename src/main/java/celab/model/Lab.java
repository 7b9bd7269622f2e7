package celab.model;

import celab.core.Clipping;
import celab.core.Precision;
import java.util.List;
import javafx.beans.property.BooleanProperty;
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

    private final ExplorerModel explorer = new ExplorerModel(this);
    private final BatchModel batch = new BatchModel(this);

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

    public ExplorerModel explorer() {
        return explorer;
    }

    /** The batch screen: the seeds' 3 × 3 batch, its targets and the batch result. */
    public BatchModel batch() {
        return batch;
    }

    // Commands

    /** Renames class k; blank names are refused (the previous name stays). */
    public boolean rename(int k, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 24) {
            return false;
        }
        classNames.set(k, trimmed);
        return true;
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
