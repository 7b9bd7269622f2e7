package celab.view;

import celab.core.DataAnalysis;
import celab.core.Numbers;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.FlowPane;

/** The headline numbers of loaded data: mean loss, accuracy, expected calibration error, size. */
public final class DataReadouts extends FlowPane {
    private final ObjectProperty<DataAnalysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    private final BooleanProperty numbersHidden = new SimpleBooleanProperty(this, "numbersHidden", false);
    private final Readout mean = new Readout("mean loss", "data-mean");
    private final Readout accuracy = new Readout("accuracy", "data-accuracy");
    private final Readout ece = new Readout("calibration error (ECE)", "data-ece");
    private final Readout size = new Readout("samples × classes", "data-size");

    public DataReadouts() {
        super(18, 6);
        getStyleClass().add("data-readouts");
        getChildren().addAll(mean, accuracy, ece, size);
        analysis.addListener(o -> update());
        numbersHidden.addListener(o -> update());
        update();
    }

    public ObjectProperty<DataAnalysis> analysisProperty() {
        return analysis;
    }

    public BooleanProperty numbersHiddenProperty() {
        return numbersHidden;
    }

    private void update() {
        DataAnalysis a = analysis.get();
        if (a == null) {
            for (Readout r : new Readout[] {mean, accuracy, ece, size}) {
                r.set("–", "no data");
            }
            if (numbersHidden.get()) {
                mean.set("?", "mean loss hidden");
            }
            return;
        }
        boolean hidden = numbersHidden.get();
        String m = hidden ? "?" : Numbers.format(a.result().mean());
        mean.set(m, hidden ? "mean loss hidden" : "mean loss " + m);
        String acc = Numbers.percent(a.result().accuracy());
        accuracy.set(acc, "accuracy " + acc);
        String e = Numbers.format(a.reliability().ece(), 3);
        ece.set(e, "expected calibration error " + e);
        String n = String.format(java.util.Locale.ROOT, "%,d × %d", a.data().size(), a.data().classes());
        size.set(n, n + " " + a.data().kind().label());
    }
}
