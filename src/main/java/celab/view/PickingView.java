package celab.view;

import celab.core.LossResult;
import celab.core.Numbers;
import celab.model.BatchModel;
import celab.model.BatchModel.TargetForm;
import celab.model.Lab;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The two ways of finding each sample's correct confidence, side by side with today's numbers:
 * indexing with the class indices, {@code ŷ[range(N), t]}, and multiplying by the one-hot rows
 * and summing, {@code Σ ŷ·y}; then the −log of each and their mean. The way the core is using
 * right now (the target form) is marked ▶ and bold. Ids: {@code #batch-by-index},
 * {@code #batch-by-sum}, {@code #batch-neglog}, {@code #batch-picking-mean}.
 */
public final class PickingView extends GridPane {
    private final Lab lab;
    private final BatchModel model;
    private final Label indexCaption = caption("indexing");
    private final Label sumCaption = caption("multiply-and-sum");
    private final Label byIndex = value("batch-by-index");
    private final Label bySum = value("batch-by-sum");
    private final Label negLog = value("batch-neglog");
    private final Label mean = value("batch-picking-mean");

    public PickingView(Lab lab, BatchModel model) {
        this.lab = lab;
        this.model = model;
        getStyleClass().add("picking");
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        getColumnConstraints().setAll(captions, values);
        addRow(0, indexCaption, byIndex);
        addRow(1, sumCaption, bySum);
        addRow(2, caption("loss of each"), negLog);
        addRow(3, caption("batch loss (mean)"), mean);
        model.resultProperty().addListener((o, was, now) -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("picking-caption");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("picking-value");
        l.setWrapText(true);
        l.setPrefWidth(1); // wraps inside the card instead of widening it
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private void refresh() {
        BatchModel.Picked p = model.getPicked();
        LossResult r = model.getResult();
        int n = r.size();
        byIndex.setText("ŷ[range(" + n + "), t] = " + list(p.byIndex()));
        bySum.setText("Σ ŷ·y per row  = " + list(p.byMultiplyAndSum()));
        boolean hidden = lab.numbersHiddenProperty().get();
        negLog.setText("−log → " + (hidden ? "[?]" : list(r.perSample())));
        mean.setText((hidden ? "?" : Numbers.format(r.mean())));
        boolean indices = model.targetForm() == TargetForm.INDICES;
        mark(indexCaption, byIndex, indices);
        mark(sumCaption, bySum, !indices);
        indexCaption.setText(indices ? "▶ indexing" : "indexing");
        sumCaption.setText(indices ? "multiply-and-sum" : "▶ multiply-and-sum");
        indexCaption.setAccessibleText("indexing" + (indices ? ", in use" : ""));
        sumCaption.setAccessibleText("multiply-and-sum" + (indices ? "" : ", in use"));
    }

    private static void mark(Label caption, Label value, boolean inUse) {
        StyleClasses.toggle(caption, "in-use", inUse);
        StyleClasses.toggle(value, "in-use", inUse);
    }

    /** "[0.7, 0.5, 0.9]": each value through the formatter, trailing zeros dropped. */
    static String list(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(compact(values[i]));
        }
        return sb.append(']').toString();
    }

    /** Numbers.format with 4 digits, without the trailing zeros that keep readouts a fixed width. */
    static String compact(double x) {
        String s = Numbers.format(x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
