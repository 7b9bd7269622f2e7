package celab.view;

import celab.core.Distribution;
import celab.core.LossResult;
import celab.core.Numbers;
import celab.model.Lab;
import celab.model.PredictionModel;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;

/**
 * The loss formula with today's numbers: L = −Σ y_j·log ŷ_j written out term by term, the terms
 * whose y_j is 0 greyed out, reducing to −log(p(true)) and the core's value. Where clipping
 * changed the probability, the clipped value is the one shown inside the log.
 */
public final class FormulaView extends VBox {
    private final Lab lab;
    private final PredictionModel row;
    private final TextFlow general = new TextFlow();
    private final TextFlow expanded = new TextFlow();
    private final TextFlow reduced = new TextFlow();

    public FormulaView(Lab lab, PredictionModel row) {
        this.lab = lab;
        this.row = row;
        getStyleClass().add("formula");
        setSpacing(4);
        expanded.setId("formula-expanded");
        reduced.setId("formula-reduced");
        general.getChildren().setAll(t("L = −Σ", "f-op"), t("j", "f-sub"), t(" y", "f-var"), t("j", "f-sub"),
                t(" · log ŷ", "f-var"), t("j", "f-sub"));
        getChildren().addAll(general, expanded, reduced);
        row.resultProperty().addListener((o, was, now) -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The expanded line as plain text, for tests. */
    public String expandedText() {
        return text(expanded);
    }

    /** The reduced line as plain text, for tests. */
    public String reducedText() {
        return text(reduced);
    }

    private void refresh() {
        LossResult r = row.getResult();
        Distribution d = row.getPrediction();
        int t = r.trueClass(0);
        expanded.getChildren().setAll(t("  = −( ", "f-op"));
        for (int j = 0; j < d.size(); j++) {
            boolean hot = j == t;
            String p = Numbers.format(hot ? r.pTrueUsed(0) : d.get(j), 3);
            expanded.getChildren().add(t((hot ? "1" : "0") + "·log " + p, hot ? "f-term" : "f-zero"));
            if (j < d.size() - 1) {
                expanded.getChildren().add(t(" + ", "f-op"));
            }
        }
        expanded.getChildren().add(t(" )", "f-op"));
        String pTrue = Numbers.format(r.pTrueUsed(0), 4);
        String loss = lab.numbersHiddenProperty().get() ? "?" : Numbers.format(r.loss(0));
        boolean clipped = r.pTrueUsed(0) != r.pTrue(0);
        reduced.getChildren().setAll(t("  = −log p(true) = −log " + pTrue, "f-term"),
                t(clipped ? " (clipped from " + Numbers.format(r.pTrue(0), 4) + ")" : "", "f-note"),
                t(" = ", "f-op"), t(loss, "f-result"));
    }

    private static Text t(String s, String style) {
        Text text = new Text(s);
        text.getStyleClass().add(style);
        return text;
    }

    private static String text(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        flow.getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }
}
