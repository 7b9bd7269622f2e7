package celab.view;

import celab.core.Clipping;
import celab.core.Numbers;
import celab.core.Precision;
import celab.model.ClippingModel;
import celab.model.Lab;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The numerics every screen shares: ε on a log-scale slider with a field for typed values,
 * clipping on/off, and float64/float32. They write the lab's clipping and precision through the
 * clipping model's commands and follow them when another screen or "Reset all" changes them.
 * Ids: {@code #<p>eps-slider}, {@code #<p>eps-field}, {@code #<p>eps-msg}, {@code #<p>enabled},
 * {@code #<p>float64}, {@code #<p>float32}.
 */
public final class ClippingControls extends VBox {
    private final Lab lab;
    private final ClippingModel model;
    private final Slider slider = new Slider(Math.log10(ClippingModel.MIN_EPSILON), Math.log10(ClippingModel.MAX_EPSILON), -7);
    private final NumberField epsField;
    private final TextField field;
    private final Label message;
    private final CheckBox enabled = new CheckBox("Clip p to [ε, 1 − ε] before the log");
    private final ToggleGroup formats = new ToggleGroup();
    private final ToggleButton float64 = new ToggleButton("float64");
    private final ToggleButton float32 = new ToggleButton("float32");
    private boolean updating;

    public ClippingControls(Lab lab, ClippingModel model, String prefix) {
        this.lab = lab;
        this.model = model;
        getStyleClass().add("clipping-controls");
        epsField = new NumberField(prefix + "eps-field", EpsilonInput::field, v -> {
            if (updating) {
                return;
            }
            if (v != model.epsilon()) {
                model.setEpsilon(v);
            } else {
                refresh();
            }
        });
        field = epsField.field();
        message = epsField.message();
        slider.setId(prefix + "eps-slider");
        field.setId(prefix + "eps-field");
        message.setId(prefix + "eps-msg");
        enabled.setId(prefix + "enabled");
        enabled.setWrapText(true); // wraps in a narrow column instead of ending in "…"
        enabled.setMinHeight(CheckBox.USE_PREF_SIZE);
        float64.setId(prefix + "float64");
        float32.setId(prefix + "float32");
        getChildren().addAll(epsilonRow(), slider, message, enabled, formatRow());
        wire();
        refresh();
        lab.clippingProperty().addListener((o, was, now) -> {
            if (was == null || was.epsilon() != now.epsilon()) {
                show(null); // a new ε from the slider or elsewhere replaces a refused typed one
            }
            refresh();
        });
        lab.precisionProperty().addListener((o, was, now) -> refresh());
    }

    /** Clears a pending error message and shows the model's ε again (for "Reset all"). */
    public void clearInput() {
        show(null);
        refresh();
    }

    private FlowPane epsilonRow() {
        Label name = new Label("ε =");
        name.getStyleClass().add("eps-name");
        name.setLabelFor(field);
        field.getStyleClass().add("eps-field");
        field.setPrefColumnCount(8);
        field.setTooltip(new Tooltip("Type ε, e.g. 1e-7 or 0.001, then Enter"));
        Label range = new Label("from 1e-15 to 0.1");
        range.getStyleClass().add("hint");
        field.setMinWidth(TextField.USE_PREF_SIZE); // never too narrow for "1.00e-7": the row wraps instead
        FlowPane row = new FlowPane(8, 6, name, field, range);
        row.setAlignment(Pos.CENTER_LEFT);
        slider.getStyleClass().add("eps-slider");
        slider.setMajorTickUnit(2);
        slider.setMinorTickCount(1);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(0.5);
        SliderKeys.install(slider, 0.1); // half a decade; Shift: a tenth of one
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return "1e" + Math.round(v);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.substring(2));
            }
        });
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        return row;
    }

    private FlowPane formatRow() {
        Label name = new Label("Number format");
        name.setMinWidth(Label.USE_PREF_SIZE);
        float64.setToggleGroup(formats);
        float32.setToggleGroup(formats);
        float64.getStyleClass().addAll("segment", "left");
        float32.getStyleClass().addAll("segment", "right");
        float64.setTooltip(new Tooltip("double: about 16 significant digits (NumPy's default)"));
        float32.setTooltip(new Tooltip("float: about 7 significant digits (what GPUs and PyTorch use)"));
        HBox segments = new HBox(0, float64, float32);
        segments.setMinWidth(HBox.USE_PREF_SIZE);
        FlowPane row = new FlowPane(10, 6, name, segments);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void wire() {
        slider.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                show(null);
                model.setEpsilonExponent(now.doubleValue());
                refresh(); // the slider wins over half-typed text even when the rounded ε stays the same
            }
        });
        enabled.selectedProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.setClippingEnabled(now);
            }
        });
        formats.selectedToggleProperty().addListener((o, was, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                updating = true;
                formats.selectToggle(was); // one format is always chosen
                updating = false;
                return;
            }
            model.setPrecision(now == float32 ? Precision.FLOAT32 : Precision.FLOAT64);
        });
    }

    private void show(String error) {
        epsField.setMessage(error);
    }

    private void refresh() {
        Clipping clip = lab.getClipping();
        updating = true;
        try {
            double eps = clip.epsilon();
            slider.setValue(Math.log10(eps));
            String text = Numbers.format(eps, 3);
            slider.setAccessibleText("epsilon " + text + " on a log scale, from 1e-15 to 0.1");
            // a rejected entry stays while the person is still in the field; once ε changes from
            // elsewhere (slider, reset, undo) the stale entry and its message give way to the new ε
            epsField.show(text);
            enabled.setSelected(clip.enabled());
            formats.selectToggle(lab.getPrecision() == Precision.FLOAT32 ? float32 : float64);
        } finally {
            updating = false;
        }
    }
}
