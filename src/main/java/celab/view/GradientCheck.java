package celab.view;

import celab.core.Numbers;
import celab.model.Lab;
import celab.model.LogitsModel;
import celab.model.LogitsState;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * The gradient check in numbers: for each class the analytic softmax − y beside the central
 * finite difference of the loss, both from the model, and the largest gap between them. Ids:
 * {@code #grad-k}, {@code #fd-k}, {@code #grad-gap}.
 */
public final class GradientCheck extends GridPane {
    private final Lab lab;
    private final LogitsModel model;
    private final Label gap = new Label();
    private int builtFor = -1;

    public GradientCheck(Lab lab, LogitsModel model) {
        this.lab = lab;
        this.model = model;
        getStyleClass().add("steps-grid");
        gap.setId("grad-gap");
        gap.setWrapText(true); // a narrow card wraps the sentence instead of ending it in "…"
        gap.setMinHeight(javafx.scene.control.Label.USE_PREF_SIZE);
        gap.getStyleClass().add("hint");
        model.stateProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void build(int classes) {
        getChildren().clear();
        getColumnConstraints().clear();
        getColumnConstraints().add(new ColumnConstraints());
        for (int k = 0; k < classes; k++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(cc);
        }
        add(head("softmax − y"), 0, 0);
        add(head("finite diff. ○"), 0, 1);
        for (int k = 0; k < classes; k++) {
            add(cell("grad-" + k), k + 1, 0);
            add(cell("fd-" + k), k + 1, 1);
        }
        add(gap, 0, 2, classes + 1, 1);
        builtFor = classes;
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("steps-head");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label cell(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add("steps-cell");
        return l;
    }

    private void refresh() {
        LogitsState s = model.getState();
        if (builtFor != s.classes()) {
            build(s.classes());
        }
        double worst = 0;
        for (int k = 0; k < s.classes(); k++) {
            ((Label) lookup("#grad-" + k)).setText(Numbers.format(s.gradient(k)));
            ((Label) lookup("#fd-" + k)).setText(Numbers.format(s.finiteDifference(k)));
            worst = Math.max(worst, Math.abs(s.gradient(k) - s.finiteDifference(k)));
        }
        gap.setText("largest gap " + Numbers.format(worst, 2) + " with h = " + Numbers.format(LogitsModel.FD_STEP, 1)
                + " (float64)");
    }
}
