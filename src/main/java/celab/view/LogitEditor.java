package celab.view;

import celab.core.Numbers;
import celab.model.Lab;
import celab.model.LogitsModel;
import celab.model.LogitsState;
import celab.plot.Theme;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;

/**
 * A slider (−20 … 20) and a field (typed values up to ±1000) per class for the selected row of
 * logits. A typed value past the slider's reach pins the slider at its end and says so. Ids:
 * {@code #logit-k}, {@code #logit-field-k}, {@code #logit-msg-k}.
 */
public final class LogitEditor extends VBox {
    private final Lab lab;
    private final LogitsModel model;
    private final Theme theme;
    private final GridPane grid = new GridPane();
    private Slider[] sliders = new Slider[0];
    private NumberField[] fields = new NumberField[0];
    private Label[] names = new Label[0];
    private boolean updating;

    public LogitEditor(Lab lab, LogitsModel model, Theme theme) {
        this.lab = lab;
        this.model = model;
        this.theme = theme;
        getStyleClass().add("logit-editor");
        grid.getStyleClass().add("probability-grid");
        getChildren().add(grid);
        build();
        model.stateProperty().addListener((o, was, now) -> {
            if (was == null || was.classes() != now.classes()) {
                build();
            } else {
                refresh();
            }
        });
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        theme.paletteProperty().addListener((o, was, now) -> build());
    }

    /** The slider of class k. */
    public Slider slider(int k) {
        return sliders[k];
    }

    private void build() {
        grid.getChildren().clear();
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(110);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow, new ColumnConstraints());
        int c = model.classCount();
        sliders = new Slider[c];
        fields = new NumberField[c];
        names = new Label[c];
        for (int k = 0; k < c; k++) {
            buildRow(k);
        }
        refresh();
    }

    private void buildRow(int k) {
        Rectangle swatch = new Rectangle(12, 12, theme.getPalette().classColor(k));
        swatch.setStroke(theme.getPalette().classEdge(k));
        swatch.setStrokeType(StrokeType.INSIDE);
        Label name = new Label();
        name.setId("logit-name-" + k);
        name.getStyleClass().add("class-name");
        name.setMinWidth(Label.USE_PREF_SIZE);
        HBox nameBox = new HBox(6, swatch, name);
        nameBox.setAlignment(Pos.CENTER_LEFT);

        Slider s = new Slider(-LogitsModel.SLIDER_LIMIT, LogitsModel.SLIDER_LIMIT, 0);
        s.setId("logit-" + k);
        s.setBlockIncrement(0.1);
        s.setMajorTickUnit(10);
        s.setShowTickMarks(true);
        s.getStyleClass().add("logit-slider");
        SliderKeys.install(s, 0.01);
        s.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                model.setLogit(k, Math.round(now.doubleValue() * 100) / 100.0);
            }
        });

        NumberField[] self = new NumberField[1];
        NumberField nf = new NumberField("logit-field-" + k, LogitInput::read, z -> {
            if (updating || k >= fields.length || fields[k] != self[0]) {
                return; // a field of an earlier build (the class count changed while it had focus)
            }
            if (z != model.getState().logit(k)) {
                model.setLogit(k, z);
            } else {
                refresh();
            }
        }).subject(() -> lab.classNames().get(k));
        self[0] = nf;
        TextField f = nf.field();
        f.getStyleClass().add("prob-field");
        f.setPrefColumnCount(6);
        Label msg = nf.message();
        msg.setId("logit-msg-" + k);

        sliders[k] = s;
        fields[k] = nf;
        names[k] = name;
        grid.addRow(k * 2, nameBox, s, f);
        grid.add(msg, 0, k * 2 + 1, 3, 1);
    }

    private void refresh() {
        LogitsState s = model.getState();
        if (s.classes() != sliders.length) {
            return;
        }
        String loss = lab.numbersHiddenProperty().get() ? "hidden" : Numbers.format(s.loss());
        updating = true;
        try {
            for (int k = 0; k < s.classes(); k++) {
                double z = s.logit(k);
                String name = lab.classNames().get(k);
                names[k].setText((k == s.target() ? "★ " : "") + name);
                sliders[k].setValue(Math.max(-LogitsModel.SLIDER_LIMIT, Math.min(LogitsModel.SLIDER_LIMIT, z)));
                boolean beyond = Math.abs(z) > LogitsModel.SLIDER_LIMIT;
                StyleClasses.toggle(sliders[k], "beyond", beyond);
                sliders[k].setAccessibleText(name + ": logit " + Numbers.format(z, 4)
                        + (beyond ? ", beyond the slider's range" : "")
                        + ", probability " + Numbers.format(s.probability(k), 3)
                        + (k == s.target() ? ", true class" : "") + "; loss " + loss);
                fields[k].field().setAccessibleHelp(name + ": type a logit from −1000 to 1000, then Enter (Esc puts it back)");
                fields[k].show(Numbers.format(z, 4));
            }
        } finally {
            updating = false;
        }
    }
}
