package celab.view;

import celab.core.Distribution;
import celab.core.Numbers;
import celab.model.Lab;
import celab.model.PredictionModel;
import celab.plot.Palette;
import celab.plot.SumGauge;
import celab.plot.Theme;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;

/**
 * A slider and a numeric field per class for one prediction row, plus the rule that keeps it a
 * distribution and a gauge of its sum. Ids: {@code #<prefix>prob-k}, {@code #<prefix>prob-field-k},
 * {@code #<prefix>prob-msg-k}, {@code #<prefix>name-k}, {@code #<prefix>sum}.
 */
public final class ProbabilityEditor extends VBox {
    private final Lab lab;
    private final PredictionModel row;
    private final Theme theme;
    private final String prefix;
    private final GridPane grid = new GridPane();
    private final SumGauge gauge;
    private final Label sumLabel = new Label();
    private final boolean editableNames;
    /** "ŷ" for a prediction; "y" when the row edited is a target (whose own "loss" means nothing). */
    private final String symbol;
    private Slider[] sliders = new Slider[0];
    private NumberField[] fields = new NumberField[0];
    /** The text each field was last given from the model: a rounded display, not a typed value. */
    private boolean updating;

    /**
     * @param prefix id prefix so two editors on one screen stay distinct ("" or "a-", "b-")
     * @param editableNames whether class names can be edited here
     */
    public ProbabilityEditor(Lab lab, PredictionModel row, Theme theme, String prefix, boolean editableNames) {
        this(lab, row, theme, prefix, editableNames, "ŷ");
    }

    /**
     * @param symbol "ŷ" for a prediction, or "y" for a target row: then the texts say y and the
     *               sliders do not announce a loss
     */
    public ProbabilityEditor(Lab lab, PredictionModel row, Theme theme, String prefix, boolean editableNames, String symbol) {
        this.symbol = symbol;
        this.lab = lab;
        this.row = row;
        this.theme = theme;
        this.prefix = prefix;
        this.editableNames = editableNames;
        this.gauge = new SumGauge(theme);
        getStyleClass().add("probability-editor");
        grid.getStyleClass().add("probability-grid");
        Label rule = new Label("Move one class and the others rescale in proportion, so " + symbol + " always sums to 1.");
        rule.getStyleClass().add("hint");
        rule.setWrapText(true);
        sumLabel.setId(prefix + "sum");
        sumLabel.getStyleClass().add("sum-label");
        gauge.setId(prefix + "sum-gauge");
        VBox.setVgrow(grid, Priority.NEVER);
        getChildren().addAll(grid, gauge, sumLabel, rule);
        build();
        row.predictionProperty().addListener((o, was, now) -> {
            if (was == null || was.size() != now.size()) {
                build();
            } else {
                refresh();
            }
        });
        row.targetProperty().addListener((o, was, now) -> refresh());
        // the loss also follows clipping and precision, and hides for predict-then-reveal
        row.resultProperty().addListener((o, was, now) -> describe());
        lab.numbersHiddenProperty().addListener((o, was, now) -> describe());
        lab.logBaseProperty().addListener((o, was, now) -> describe());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> refreshNames());
        theme.paletteProperty().addListener((o, was, now) -> build());
    }

    /** The slider of class k (for tests and keyboard focus). */
    public Slider slider(int k) {
        return sliders[k];
    }

    private void build() {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(col(Region.USE_COMPUTED_SIZE, false), col(0, true),
                col(Region.USE_COMPUTED_SIZE, false));
        int c = row.classCount();
        sliders = new Slider[c];
        fields = new NumberField[c];
        for (int k = 0; k < c; k++) {
            buildRow(k);
        }
        refresh();
    }

    private static ColumnConstraints col(double min, boolean grow) {
        ColumnConstraints cc = new ColumnConstraints();
        if (grow) {
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(80); // the slider may get short before the row needs a wider column
        }
        return cc;
    }

    private void buildRow(int k) {
        Palette pal = theme.getPalette();
        Rectangle swatch = new Rectangle(12, 12, pal.classColor(k));
        swatch.setStroke(pal.classEdge(k));
        swatch.setStrokeType(StrokeType.INSIDE);
        swatch.getStyleClass().add("swatch");
        javafx.scene.Node nameNode;
        if (editableNames) {
            TextField name = new TextField(lab.classNames().get(k));
            name.setId(prefix + "name-" + k);
            name.getStyleClass().add("name-field");
            name.setPrefColumnCount(6);
            // never narrower than the name it holds ("human"): the column reflows instead
            name.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(name.getText() + "m");
                probe.setFont(name.getFont());
                javafx.geometry.Insets in = name.getPadding();
                return probe.getLayoutBounds().getWidth() + in.getLeft() + in.getRight() + 4;
            }, name.textProperty(), name.fontProperty(), name.paddingProperty()));
            name.setTooltip(new Tooltip("Class " + k + " name — type to rename, Enter to keep"));
            name.setOnAction(e -> commitName(k, name));
            name.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commitName(k, name);
                }
            });
            nameNode = new javafx.scene.layout.HBox(6, swatch, name);
        } else {
            Label name = new Label(lab.classNames().get(k));
            name.setId(prefix + "name-" + k);
            name.getStyleClass().add("class-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            nameNode = new javafx.scene.layout.HBox(6, swatch, name);
        }
        ((javafx.scene.layout.HBox) nameNode).setAlignment(Pos.CENTER_LEFT);

        Slider s = new Slider(0, 1, row.getPrediction().get(k));
        s.setId(prefix + "prob-" + k);
        s.setBlockIncrement(0.01);
        s.setMajorTickUnit(0.25);
        s.getStyleClass().add("prob-slider");
        s.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                row.setProbability(k, now.doubleValue());
            }
        });
        SliderKeys.install(s, 0.001);

        NumberField[] self = new NumberField[1];
        NumberField nf = new NumberField(prefix + "prob-field-" + k, ProbabilityInput::parse, p -> {
            if (updating || k >= fields.length || fields[k] != self[0]) {
                return; // a field of an earlier build (the class count changed while it had focus)
            }
            if (p != row.getPrediction().get(k)) {
                row.setProbability(k, p);
            } else {
                refresh();
            }
        }).subject(() -> lab.classNames().get(k));
        self[0] = nf;
        TextField f = nf.field();
        f.getStyleClass().add("prob-field");
        f.setPrefColumnCount(6);
        f.setMinWidth(TextField.USE_PREF_SIZE); // never narrower than "0.700": the column reflows instead
        Label msg = nf.message();
        msg.setId(prefix + "prob-msg-" + k);

        sliders[k] = s;
        fields[k] = nf;
        grid.addRow(k * 2, nameNode, s, f);
        grid.add(msg, 1, k * 2 + 1, 2, 1);
    }

    private void commitName(int k, TextField name) {
        if (!lab.rename(k, name.getText())) {
            name.setText(lab.classNames().get(k));
        }
    }

    private void refresh() {
        Distribution d = row.getPrediction();
        if (d.size() != sliders.length) {
            return;
        }
        updating = true;
        try {
            for (int k = 0; k < d.size(); k++) {
                double p = d.get(k);
                sliders[k].setValue(p);
                fields[k].show(Numbers.format(p, 3));
            }
            gauge.setDistribution(d);
            sumLabel.setText("Σ " + symbol + " = " + Numbers.format(d.sum(), 4));
        } finally {
            updating = false;
        }
        describe();
    }

    /** What a screen reader says for each slider: "cat: probability 0.600, true class; loss 0.511". */
    private void describe() {
        Distribution d = row.getPrediction();
        if (d.size() != sliders.length) {
            return;
        }
        String loss = !"ŷ".equals(symbol) ? null : lab.numbersHiddenProperty().get() ? "hidden"
                : Units.fromNats(row.getResult().loss(0), lab.getLogBase(), false);
        for (int k = 0; k < d.size(); k++) {
            String name = lab.classNames().get(k);
            sliders[k].setAccessibleText(name + ": probability " + Numbers.format(d.get(k), 3)
                    + (k == row.getTarget() ? ", true class" : "") + (loss == null ? "" : "; loss " + loss));
            fields[k].field().setAccessibleHelp(name + ": type a probability from 0 to 1, then Enter (Esc puts the value back)");
        }
    }

    private void refreshNames() {
        for (javafx.scene.Node n : grid.getChildren()) {
            if (n instanceof javafx.scene.layout.HBox box) {
                for (javafx.scene.Node c : box.getChildren()) {
                    String id = c.getId();
                    if (id != null && id.startsWith(prefix + "name-")) {
                        int k = Integer.parseInt(id.substring((prefix + "name-").length()));
                        String name = lab.classNames().get(k);
                        // a focused field too: a name changed elsewhere (undo, reset, a scenario) wins,
                        // or leaving the field would rename the class back to the old text
                        if (c instanceof TextField t) {
                            if (!t.getText().equals(name)) {
                                t.setText(name);
                            }
                        } else if (c instanceof Label l) {
                            l.setText(name);
                        }
                    }
                }
            }
        }
        refresh();
    }
}
