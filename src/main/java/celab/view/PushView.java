package celab.view;

import celab.core.Numbers;
import celab.model.Lab;
import celab.model.PredictionModel;
import celab.plot.LossCurve;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The gradient under the loss curve: −y_j/ŷ_j for every class (only the true class is pushed),
 * a switch for the tangent, and "how hard does the loss push?", which draws the tangents at
 * p = 0.9 and p = 0.1 beside the current one. Ids: {@code #push-k}, {@code #show-tangent},
 * {@code #compare-push}, {@code #push-summary}.
 */
public final class PushView extends VBox {
    /** The seeds' comparison: a confident right answer and a confident wrong one. */
    public static final List<Double> COMPARED = List.of(0.9, 0.1);

    private final Lab lab;
    private final PredictionModel row;
    private final LossCurve curve;
    private final FlowPane perClass = new FlowPane(12, 2);
    private final Label summary = Card.hint("");

    public PushView(Lab lab, PredictionModel row, LossCurve curve) {
        super(4);
        this.lab = lab;
        this.row = row;
        this.curve = curve;
        getStyleClass().add("push-view");
        CheckBox tangent = new CheckBox("tangent");
        tangent.setId("show-tangent");
        tangent.selectedProperty().bindBidirectional(curve.tangentProperty());
        tangent.setTooltip(new Tooltip("The straight line touching the curve at the point: its slope is ∂L/∂p(true) = −1/p"));
        // the option's words in a label beside a bare check box: a check box cuts its own text to "…"
        // rather than wrapping it to a further line, and this column can be narrow
        CheckBox compare = new CheckBox();
        Label compareText = Card.hint("push at p = 0.9 vs 0.1");
        compareText.getStyleClass().remove("hint");
        compareText.setLabelFor(compare);
        compareText.setOnMouseClicked(e -> compare.fire());
        compare.setAccessibleText(compareText.getText());
        compare.setTooltip(new Tooltip("How hard does the loss push? The tangents at p = 0.9 (slope −1.1) and p = 0.1 (slope −10)"));
        compare.setId("compare-push");
        compare.selectedProperty().addListener((o, was, now) -> curve.comparisonsProperty().set(now ? COMPARED : List.of()));
        summary.setId("push-summary");
        compare.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        compareText.setTooltip(compare.getTooltip());
        javafx.scene.layout.HBox compareRow = new javafx.scene.layout.HBox(4, compare, compareText);
        javafx.scene.layout.VBox switches = new javafx.scene.layout.VBox(4, tangent, compareRow);
        perClass.setPrefWrapLength(160);
        setMinWidth(0);
        getChildren().addAll(switches, perClass, summary);
        row.resultProperty().addListener((o, was, now) -> refresh());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        lab.logBaseProperty().addListener((o, was, now) -> refresh());
        compare.selectedProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        double[] g = row.gradient();
        int t = row.getTarget();
        celab.core.LogBase base = lab.getLogBase();
        boolean nats = base == celab.core.LogBase.E;
        // one label per class, reused while the class count stays: new nodes would need CSS
        // (and a skin) again on every slider step
        if (perClass.getChildren().size() != g.length + 1) {
            Label head = new Label();
            head.getStyleClass().add("hint");
            perClass.getChildren().setAll(head);
            for (int k = 0; k < g.length; k++) {
                Label l = new Label();
                l.setId("push-" + k);
                perClass.getChildren().add(l);
            }
        }
        ((Label) perClass.getChildren().get(0)).setText(nats ? "∂L/∂ŷ = −y/ŷ:" : "∂L/∂ŷ = −y/(ŷ·ln 2):");
        for (int k = 0; k < g.length; k++) {
            Label l = (Label) perClass.getChildren().get(k + 1);
            l.setText(lab.classNames().get(k) + " " + Numbers.format(g[k] == 0 ? 0.0 : base.fromNats(g[k]), 4));
            StyleClasses.pick(l, k == t ? "push-true" : "push-other", "push-true", "push-other");
        }
        StringBuilder text = new StringBuilder();
        boolean comparing = curve.comparisonsProperty().get().size() == 2;
        summary.setVisible(comparing);
        summary.setManaged(comparing);
        if (comparing) {
            double p = row.getPrediction().get(t);
            text.append("Only the true class is pushed, with the slope ").append(nats ? "−1/p" : "−1/(p·ln 2)")
                    .append(" = ").append(Numbers.format(curve.slopeAt(p), 3)).append(" now.");
            double right = curve.slopeAt(COMPARED.get(0));
            double wrong = curve.slopeAt(COMPARED.get(1));
            text.append(" At p = 0.9 it is ").append(Numbers.format(right, 3)).append(", at p = 0.1 it is ")
                    .append(Numbers.format(wrong, 3)).append(": a confident mistake is pushed ")
                    .append(Numbers.format(wrong / right, 2)).append("× harder.");
        }
        summary.setText(text.toString());
    }
}
