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
        lab.logBaseProperty().addListener((o, was, now) -> refresh());
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
        // one Text per term, reused while the class count stays: new nodes would need CSS again
        int terms = 2 * d.size() + 1;
        if (expanded.getChildren().size() != terms) {
            expanded.getChildren().setAll(t("  = −( ", "f-op"));
            for (int j = 0; j < d.size(); j++) {
                expanded.getChildren().addAll(t("", "f-zero"), t(j < d.size() - 1 ? " + " : " )", "f-op"));
            }
        }
        celab.core.LogBase base = lab.getLogBase();
        String log = base == celab.core.LogBase.E ? "log " : "log₂ ";
        ((Text) general.getChildren().get(4)).setText(" · " + log + "ŷ");
        for (int j = 0; j < d.size(); j++) {
            boolean hot = j == t;
            Text term = (Text) expanded.getChildren().get(1 + 2 * j);
            term.setText((hot ? "1" : "0") + "·" + log + Numbers.format(hot ? r.pTrueUsed(0) : d.get(j), 3));
            String style = hot ? "f-term" : "f-zero";
            if (!term.getStyleClass().contains(style)) {
                term.getStyleClass().setAll(style);
            }
        }
        if (reduced.getChildren().isEmpty()) {
            reduced.getChildren().setAll(t("", "f-term"), t("", "f-note"), t(" = ", "f-op"), t("", "f-result"));
        }
        boolean clipped = r.pTrueUsed(0) != r.pTrue(0);
        set(reduced, 0, "  = −" + log + "p(true) = −" + log + Numbers.format(r.pTrueUsed(0), 4));
        set(reduced, 1, clipped ? " (clipped from " + Numbers.format(r.pTrue(0), 4) + ")" : "");
        set(reduced, 3, lab.numbersHiddenProperty().get() ? "?" : Numbers.format(base.fromNats(r.loss(0))));
    }

    private static void set(TextFlow flow, int i, String s) {
        ((Text) flow.getChildren().get(i)).setText(s);
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
