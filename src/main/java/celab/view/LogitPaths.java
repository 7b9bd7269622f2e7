package celab.view;

import celab.core.Numbers;
import celab.core.Precision;
import celab.core.SoftmaxSteps;
import celab.model.Lab;
import celab.model.LogitsModel;
import celab.model.LogitsState;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The two roads side by side, step by step, for the selected row: naive exp(z), Σ, p = exp/Σ and
 * −log p; stable z − max, Σ exp(z − max) and −log-softmax. ∞ and NaN are shown as they come out
 * and marked, with a sentence that says which step broke and why. Ids: {@code #naive-exp-k},
 * {@code #naive-p-k}, {@code #stable-shift-k}, {@code #stable-p-k}, {@code #naive-sum},
 * {@code #stable-sum}, {@code #naive-step-loss}, {@code #stable-step-loss}, {@code #paths-explain}.
 */
public final class LogitPaths extends VBox {
    private final Lab lab;
    private final LogitsModel model;
    private final GridPane grid = new GridPane();
    private final Label explain = new Label();
    private int builtFor = -1;

    public LogitPaths(Lab lab, LogitsModel model) {
        this.lab = lab;
        this.model = model;
        getStyleClass().add("logit-paths");
        setSpacing(8);
        grid.getStyleClass().add("steps-grid");
        explain.setId("paths-explain");
        explain.getStyleClass().add("paths-explain");
        explain.setWrapText(true);
        explain.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(grid, explain);
        model.stateProperty().addListener((o, was, now) -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        refresh();
    }

    /** The explanation sentence, for tests. */
    public String explanation() {
        return explain.getText();
    }

    private void build(int classes) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int i = 0; i < 6; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(i == 0 ? HPos.LEFT : HPos.RIGHT);
            grid.getColumnConstraints().add(cc);
        }
        String[] heads = {"class", "naive exp(z)", "p = exp / Σ", "stable z − max", "exp(z − max)", "softmax p"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.setMinWidth(Label.USE_PREF_SIZE);
            h.getStyleClass().addAll("steps-head", i >= 1 && i <= 2 ? "naive-col" : (i >= 3 ? "stable-col" : "plain-col"));
            grid.add(h, i, 0);
        }
        for (int k = 0; k < classes; k++) {
            for (int i = 0; i < 6; i++) {
                Label cell = new Label();
                cell.getStyleClass().add("steps-cell");
                cell.setMinWidth(Label.USE_PREF_SIZE);
                cell.setId(switch (i) {
                    case 0 -> "steps-name-" + k;
                    case 1 -> "naive-exp-" + k;
                    case 2 -> "naive-p-" + k;
                    case 3 -> "stable-shift-" + k;
                    case 4 -> "stable-exp-" + k;
                    default -> "stable-p-" + k;
                });
                grid.add(cell, i, k + 1);
            }
        }
        int r = classes + 1;
        grid.add(rowHead("Σ"), 0, r);
        grid.add(cell("naive-sum"), 1, r);
        grid.add(cell("stable-sum"), 4, r);
        grid.add(rowHead("loss"), 0, r + 1);
        Label naiveLoss = cell("naive-step-loss");
        grid.add(naiveLoss, 1, r + 1, 2, 1);
        GridPane.setHalignment(naiveLoss, HPos.RIGHT);
        Label stableLoss = cell("stable-step-loss");
        grid.add(stableLoss, 3, r + 1, 3, 1);
        GridPane.setHalignment(stableLoss, HPos.RIGHT);
        builtFor = classes;
    }

    private static Label rowHead(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("steps-head");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label cell(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().addAll("steps-cell", "steps-total");
        return l;
    }

    private void refresh() {
        LogitsState s = model.getState();
        if (builtFor != s.classes()) {
            build(s.classes());
        }
        boolean hidden = lab.numbersHiddenProperty().get();
        SoftmaxSteps.Naive n = s.naive();
        SoftmaxSteps.Stable st = s.stable();
        double[] e = n.exps();
        double[] p = n.probabilities();
        double[] sh = st.shifted();
        for (int k = 0; k < s.classes(); k++) {
            set("steps-name-" + k, (k == s.target() ? "★ " : "") + lab.classNames().get(k), false);
            set("naive-exp-" + k, Numbers.format(e[k]), !Double.isFinite(e[k]) || e[k] == 0);
            set("naive-p-" + k, Numbers.format(p[k]), !Double.isFinite(p[k]));
            set("stable-shift-" + k, Numbers.format(sh[k]), false);
            set("stable-exp-" + k, Numbers.format(s.precision().round(Math.exp(sh[k]))), false);
            set("stable-p-" + k, Numbers.format(s.probability(k)), false);
        }
        set("naive-sum", Numbers.format(n.sumExp()), !Double.isFinite(n.sumExp()));
        set("stable-sum", Numbers.format(st.sumExp()), false);
        set("naive-step-loss", "−log p = " + (hidden ? "?" : Numbers.format(n.loss())), !Double.isFinite(n.loss()));
        set("stable-step-loss", "log Σ − (zₜ − max) = " + (hidden ? "?" : Numbers.format(s.loss())), false);
        explain.setText(explanation(s));
    }

    private void set(String id, String text, boolean bad) {
        for (javafx.scene.Node node : grid.getChildren()) {
            if (id.equals(node.getId())) {
                Label l = (Label) node;
                l.setText(text);
                StyleClasses.toggle(l, "bad", bad);
                return;
            }
        }
    }

    private String explanation(LogitsState s) {
        SoftmaxSteps.Naive n = s.naive();
        Precision prec = s.precision();
        String limit = Numbers.format(prec.expOverflowThreshold(), 5);
        String stable = "The stable road subtracts max z = " + Numbers.format(s.stable().max()) + " first: no exponent is above 0.";
        int big = -1;
        double[] e = n.exps();
        for (int k = 0; k < e.length; k++) {
            if (e[k] == Double.POSITIVE_INFINITY) {
                big = k;
                break;
            }
        }
        if (big >= 0) {
            return "exp(" + Numbers.format(s.logit(big)) + ") is past the largest " + prec.label()
                    + " (z > " + limit + "): it is ∞, and ∞ / ∞ = NaN. " + stable;
        }
        if (n.sumExp() == Double.POSITIVE_INFINITY) {
            return "Each exp fits in " + prec.label() + " but their sum does not: Σ = ∞, p = exp / ∞ = 0, −log 0 = ∞. "
                    + stable;
        }
        if (n.sumExp() == 0) {
            return "Every exp underflowed to 0 in " + prec.label() + ", so p = 0 / 0 = NaN. " + stable;
        }
        if (e[s.target()] == 0) {
            return "exp(" + Numbers.format(s.logit(s.target())) + ") underflows to 0 in " + prec.label()
                    + ": p(true) = 0 and −log 0 = ∞. The stable road never takes exp of zₜ alone, so it stays finite.";
        }
        return "Both roads agree here (" + prec.label() + "). The naive one breaks once a logit passes " + limit
                + ": type 1000 into a field.";
    }
}
