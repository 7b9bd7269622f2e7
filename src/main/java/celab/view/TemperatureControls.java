package celab.view;

import celab.core.Numbers;
import celab.core.Temperature;
import celab.model.DataModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The temperature: a slider on a log scale from {@value Temperature#MIN} to
 * {@value Temperature#MAX}, "Fit T" (the T with the smallest mean loss) and "T = 1"; a line
 * compares the loss and accuracy at T = 1 with the current T.
 */
public final class TemperatureControls extends VBox {
    private final DataModel model;
    private final BooleanProperty hidden;
    private final Slider slider = new Slider(Math.log10(Temperature.MIN), Math.log10(Temperature.MAX), 0);
    private final Label value = new Label();
    private final Label effect = Card.hint("");
    private boolean syncing;

    public TemperatureControls(DataModel model, BooleanProperty numbersHidden) {
        super(8);
        this.model = model;
        this.hidden = numbersHidden;
        getStyleClass().add("temperature-controls");
        slider.setId("temperature-slider");
        slider.setBlockIncrement(0.1);
        SliderKeys.install(slider, 0.01);
        HBox.setHgrow(slider, Priority.ALWAYS);
        value.setId("temperature-value");
        value.getStyleClass().add("temperature-value");
        value.setMinWidth(Label.USE_PREF_SIZE);
        Button fit = new Button();
        fit.setId("fit-temperature");
        fit.textProperty().bind(Bindings.when(model.fittingProperty()).then("Stop").otherwise("Fit T"));
        fit.setTooltip(new Tooltip("Find the temperature with the smallest mean loss (golden-section search on ln T)"));
        fit.setOnAction(e -> {
            if (model.fittingProperty().get()) {
                model.cancelFit();
            } else {
                model.fitTemperature();
            }
        });
        fit.disableProperty().bind(model.dataProperty().isNull());
        Button one = new Button("T = 1");
        one.setId("temperature-one");
        one.setOnAction(e -> model.temperatureProperty().set(1));
        one.disableProperty().bind(model.dataProperty().isNull());
        effect.setId("temperature-effect");
        Label name = new Label("Temperature");
        name.getStyleClass().add("card-title");
        slider.setMinWidth(80);
        slider.setPrefWidth(220);
        slider.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(slider, Priority.ALWAYS);
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {name, value, fit, one}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // three rows, so that a side column of any width holds them: the name and T, the slider
        // with its buttons, then what T does to the loss (wrapped)
        HBox title = new HBox(8, name, value);
        title.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox controls = new HBox(8, slider, fit, one);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, controls, effect);
        slider.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                model.temperatureProperty().set(Math.pow(10, now.doubleValue()));
                syncing = false;
            }
        });
        model.temperatureProperty().addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                slider.setValue(Math.log10(now.doubleValue()));
                syncing = false;
            }
            update();
        });
        model.analysisProperty().addListener(o -> update());
        model.lossAtOneProperty().addListener(o -> update());
        hidden.addListener(o -> update());
        update();
    }

    public Slider slider() {
        return slider;
    }

    private void update() {
        double t = model.getTemperature();
        value.setText("T = " + Numbers.format(t, 3));
        slider.setAccessibleText("temperature T = " + Numbers.format(t, 4) + " (log scale)");
        var a = model.getAnalysis();
        if (a == null) {
            effect.setText("");
            return;
        }
        String acc = Numbers.percent(a.result().accuracy());
        boolean h = hidden.get();
        double atOne = model.lossAtOneProperty().get();
        String base = h ? "?" : Double.isNaN(atOne) ? "…" : Numbers.format(atOne);
        String now = h ? "?" : Numbers.format(a.result().mean());
        effect.setText("loss " + base + " at T = 1 → " + now + " now · accuracy " + acc + " at both");
    }
}
