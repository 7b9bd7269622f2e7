package celab.view;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A caption over a large value: the building block of every readout panel. Id: the value's. */
public final class Readout extends VBox {
    private final Label value = new Label();
    private final Label c;

    public Readout(String caption, String id) {
        c = new Label(caption);
        c.getStyleClass().add("readout-caption");
        value.getStyleClass().add("readout-value");
        value.setId(id);
        getStyleClass().add("readout");
        getChildren().addAll(c, value);
    }

    public void set(String text, String accessible) {
        value.setText(text);
        value.setAccessibleText(accessible);
    }

    /** Changes the caption (e.g. when the unit of a loss changes). */
    public void setCaption(String caption) {
        c.setText(caption);
    }

    public Label valueLabel() {
        return value;
    }

    /** Marks the value good (correct) or bad (wrong), or neither with null. */
    public void setVerdict(Boolean good) {
        StyleClasses.pick(value, good == null ? null : good ? "good" : "bad", "good", "bad");
    }
}
