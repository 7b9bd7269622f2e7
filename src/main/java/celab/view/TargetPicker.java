package celab.view;

import celab.model.Lab;
import celab.model.PredictionModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Picks the true class and shows the target in both forms the seeds use, linked: the class index
 * and the one-hot row. Clicking a class button or a one-hot cell sets the same target. Ids:
 * {@code #target-k}, {@code #onehot-k}, {@code #target-index}.
 */
public final class TargetPicker extends VBox {
    private final Lab lab;
    private final PredictionModel row;
    private final FlowPane buttons = new FlowPane(6, 6);
    /** The index, the one-hot title and the cells in one flow, so ten cells wrap onto a second line. */
    private final FlowPane forms = new FlowPane(6, 6);
    private final java.util.List<Button> oneHot = new java.util.ArrayList<>();
    private final Label index = new Label();
    private final ToggleGroup group = new ToggleGroup();

    public TargetPicker(Lab lab, PredictionModel row) {
        this.lab = lab;
        this.row = row;
        getStyleClass().add("target-picker");
        index.setId("target-index");
        index.getStyleClass().add("target-index");
        Label oneHotTitle = new Label("one-hot y =");
        oneHotTitle.getStyleClass().add("hint");
        // with ten classes the index, the title and the one-hot row wrap instead of being cut
        index.setMinWidth(Label.USE_PREF_SIZE);
        oneHotTitle.setMinWidth(Label.USE_PREF_SIZE);
        forms.getChildren().addAll(index, oneHotTitle);
        forms.setAlignment(Pos.CENTER_LEFT);
        forms.setPrefWrapLength(300);
        getChildren().addAll(buttons, forms);
        setSpacing(8);
        build();
        row.predictionProperty().addListener((o, was, now) -> {
            if (was == null || was.size() != now.size()) {
                build();
            }
        });
        row.targetProperty().addListener((o, was, now) -> refresh());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> build());
    }

    private void build() {
        buttons.getChildren().clear();
        forms.getChildren().removeAll(oneHot);
        oneHot.clear();
        group.getToggles().clear();
        int c = row.classCount();
        for (int k = 0; k < c; k++) {
            final int cls = k;
            ToggleButton b = new ToggleButton(lab.classNames().get(k));
            b.setId("target-" + k);
            b.getStyleClass().add("target-button");
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip("Make " + lab.classNames().get(k) + " the true class"
                    + " (key " + (k + 1) % 10 + ")"));
            b.setOnAction(e -> {
                row.setTarget(cls);
                b.setSelected(true);
            });
            buttons.getChildren().add(b);
            Button cell = new Button();
            cell.setId("onehot-" + k);
            cell.getStyleClass().add("onehot-cell");
            cell.setOnAction(e -> row.setTarget(cls));
            cell.setTooltip(new Tooltip("y_" + k + " — click to make " + lab.classNames().get(k) + " the true class"));
            oneHot.add(cell);
            forms.getChildren().add(cell);
        }
        refresh();
    }

    private void refresh() {
        int t = row.getTarget();
        for (int k = 0; k < buttons.getChildren().size(); k++) {
            ToggleButton b = (ToggleButton) buttons.getChildren().get(k);
            b.setSelected(k == t);
            b.setText((k == t ? "★ " : "") + lab.classNames().get(k));
            Button cell = oneHot.get(k);
            cell.setText(k == t ? "1" : "0");
            StyleClasses.toggle(cell, "hot", k == t);
            cell.setAccessibleText("one-hot position " + k + (k == t ? ": 1, true class" : ": 0"));
        }
        index.setText("index = " + t);
    }
}
