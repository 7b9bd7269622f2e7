package celab.view;

import celab.core.LossResult;
import celab.core.Numbers;
import celab.model.Lab;
import celab.model.LogitsModel;
import celab.model.LogitsState;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The PyTorch post's four samples: a button loads them, a table shows each sample's logits,
 * target and loss and the mean, and a row button picks the sample the sliders edit. Ids:
 * {@code #load-example}, {@code #leave-example}, {@code #example-row-i}, {@code #example-loss-i},
 * {@code #example-mean}.
 */
public final class PyTorchExampleTable extends VBox {
    private final Lab lab;
    private final LogitsModel model;
    private final GridPane grid = new GridPane();
    private final Label intro = Card.hint("");
    private final Label note = Card.hint("");
    private final ToggleGroup rows = new ToggleGroup();

    public PyTorchExampleTable(Lab lab, LogitsModel model, Consumer<String> status) {
        this.lab = lab;
        this.model = model;
        getStyleClass().add("example-table");
        setSpacing(8);
        Button load = new Button("Load the example");
        load.setId("load-example");
        load.setTooltip(new Tooltip("Four samples and targets from the PyTorch post"));
        load.setOnAction(e -> {
            model.loadExample();
            status.accept("Loaded the PyTorch post's four samples; the sliders now edit sample 0.");
        });
        Button leave = new Button("One row again");
        leave.setId("leave-example");
        leave.setTooltip(new Tooltip("Keep only the selected sample"));
        leave.setOnAction(e -> model.leaveExample());
        leave.disableProperty().bind(model.exampleProperty().not());
        HBox buttons = new HBox(8, load, leave);
        buttons.setAlignment(Pos.CENTER_LEFT);
        grid.setId("example-grid");
        grid.getStyleClass().add("example-grid");
        note.setId("example-note");
        getChildren().addAll(intro, buttons, grid, note);
        build();
        model.stateProperty().addListener((o, was, now) -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        refresh();
    }

    private void build() {
        ColumnConstraints first = new ColumnConstraints();
        grid.getColumnConstraints().add(first);
        for (int i = 1; i < 6; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(cc);
        }
        String[] heads = {"#", "z₀", "z₁", "z₂", "target", "loss"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.getStyleClass().add("steps-head");
            grid.add(h, i, 0);
        }
        for (int r = 0; r < LogitsModel.PYTORCH_TARGETS.length; r++) {
            int row = r;
            ToggleButton b = new ToggleButton(String.valueOf(r));
            b.setId("example-row-" + r);
            b.getStyleClass().add("example-row");
            b.setToggleGroup(rows);
            b.setTooltip(new Tooltip("Edit sample " + r + " with the sliders"));
            b.setOnAction(e -> {
                model.select(row);
                b.setSelected(true);
            });
            grid.add(b, 0, r + 1);
            for (int c = 1; c < 6; c++) {
                Label cell = new Label();
                cell.getStyleClass().add("steps-cell");
                cell.setMinWidth(Label.USE_PREF_SIZE);
                cell.setId(c == 5 ? "example-loss-" + r : c == 4 ? "example-target-" + r : "example-z-" + r + "-" + (c - 1));
                grid.add(cell, c, r + 1);
            }
        }
        Label meanHead = new Label("mean of the four losses");
        meanHead.getStyleClass().add("steps-head");
        Label mean = new Label();
        mean.setId("example-mean");
        mean.getStyleClass().addAll("steps-cell", "steps-total");
        mean.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(meanHead, 0, 5, 4, 1);
        grid.add(mean, 4, 5, 2, 1);
        GridPane.setHalignment(mean, HPos.RIGHT);
    }

    private void refresh() {
        LogitsState s = model.getState();
        boolean on = model.isExample();
        grid.setVisible(on);
        grid.setManaged(on);
        note.setVisible(on);
        note.setManaged(on);
        if (!on) {
            return;
        }
        boolean hidden = lab.numbersHiddenProperty().get();
        LossResult r = s.batch();
        for (int i = 0; i < s.rows(); i++) {
            ToggleButton b = (ToggleButton) grid.lookup("#example-row-" + i);
            b.setSelected(i == s.selected());
            for (int j = 0; j < 3; j++) {
                label("#example-z-" + i + "-" + j).setText(Numbers.format(s.logits().get(i, j), 3));
            }
            int t = s.targets()[i];
            label("#example-target-" + i).setText(t + " " + lab.classNames().get(t));
            label("#example-loss-" + i).setText(hidden ? "?" : Numbers.format(r.loss(i)));
        }
        label("#example-mean").setText(hidden ? "?" : Numbers.format(r.mean()));
        intro.setText("torch.manual_seed(0); logits = torch.randn(4, 3); targets [0, 1, 2, 1]. "
                + (hidden ? "The post prints their mean loss." : "The post prints a mean loss of 1.4412."));
        note.setText("Mean in " + s.precision().label() + ": " + (hidden ? "?" : Numbers.format(r.mean(), 8))
                + (hidden ? ". Compare it with what PyTorch printed from the same float32 logits. "
                          : ". PyTorch printed 1.4412 (4 decimals) from the same float32 logits. ")
                + "Edit a sample and its loss and the mean change.");
    }

    private Label label(String selector) {
        return (Label) grid.lookup(selector);
    }
}
