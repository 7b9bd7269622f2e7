package celab.cli;

import celab.core.LossResult;
import celab.core.Numbers;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The default output of {@code loss}: one aligned row per sample, then the batch summary. Every
 * number goes through {@link Numbers} (ASCII spelling, so "Infinity" survives any terminal).
 */
final class LossTable {

    /** Enough digits that the seeds' batch reads 0.38506088, as NumPy prints it. */
    static final int SUMMARY_DIGITS = 8;
    static final int LOSS_DIGITS = 8;
    static final int PROBABILITY_DIGITS = 4;
    /** Warnings beyond this many are counted, not listed: a million-row file can have a million. */
    static final int MAX_WARNINGS_SHOWN = 10;

    private LossTable() {
    }

    static void print(LossOptions options, LossResult result, boolean softLabels,
                      List<String> warnings, PrintStream out) {
        out.println(describeInputs(options));
        out.println();
        printRows(result, out);
        if (softLabels) {
            out.println("(soft labels: loss = -sum_j y_j log p_j; true class = the label row's argmax)");
        }
        out.println();
        printSummary(result, warnings, out);
    }

    private static String describeInputs(LossOptions options) {
        String how;
        if (options.logits()) {
            how = "logits through log-softmax, no clipping";
        } else if (options.clipping().enabled()) {
            double eps = options.clipping().epsilon();
            how = "probabilities clipped to [" + Numbers.ascii(eps, 4) + ", 1 - "
                    + Numbers.ascii(eps, 4) + "]";
        } else {
            how = "probabilities, not clipped";
        }
        return "predictions: " + options.predictions() + " (" + how + ")\ntargets:     "
                + options.targets();
    }

    private static void printRows(LossResult result, PrintStream out) {
        boolean anyClipped = false;
        for (int i = 0; i < result.size() && !anyClipped; i++) {
            anyClipped = result.pTrueUsed(i) != result.pTrue(i);
        }
        // When clipping moved a value, 4 digits would show 1 - 1e-7 as 1.000: show all 8.
        int pDigits = anyClipped ? LOSS_DIGITS : PROBABILITY_DIGITS;
        List<String[]> rows = new ArrayList<>(result.size() + 1);
        rows.add(anyClipped
                ? new String[] {"sample", "true class", "predicted", "p(true)", "p used", "loss"}
                : new String[] {"sample", "true class", "predicted", "p(true)", "loss"});
        for (int i = 0; i < result.size(); i++) {
            String p = Numbers.ascii(result.pTrue(i), pDigits);
            String loss = Numbers.ascii(result.loss(i), LOSS_DIGITS);
            String sample = Integer.toString(i + 1);
            String truth = Integer.toString(result.trueClass(i));
            String predicted = Integer.toString(result.predicted(i));
            rows.add(anyClipped
                    ? new String[] {sample, truth, predicted, p,
                            Numbers.ascii(result.pTrueUsed(i), pDigits), loss}
                    : new String[] {sample, truth, predicted, p, loss});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                width[j] = Math.max(width[j], row[j].length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (String[] row : rows) {
            line.setLength(0);
            for (int j = 0; j < row.length; j++) {
                line.append(j == 0 ? "" : "  ").append(" ".repeat(width[j] - row[j].length())).append(row[j]);
            }
            out.println(line);
        }
        if (anyClipped) {
            out.println("(p used: p(true) after clipping, the value the log is taken of)");
        }
    }

    private static void printSummary(LossResult result, List<String> warnings, PrintStream out) {
        int correct = (int) Math.round(result.accuracy() * result.size());
        out.println("mean loss  " + Numbers.ascii(result.mean(), SUMMARY_DIGITS));
        out.println("sum        " + Numbers.ascii(result.sum(), SUMMARY_DIGITS));
        out.println("accuracy   " + Numbers.percent(result.accuracy()) + " (" + correct + " of "
                + result.size() + " predicted correctly)");
        if (warnings.isEmpty()) {
            out.println("warnings   none");
            return;
        }
        out.println("warnings   " + warnings.size());
        warnings.stream().limit(MAX_WARNINGS_SHOWN).forEach(w -> out.println("  " + w));
        if (warnings.size() > MAX_WARNINGS_SHOWN) {
            out.println("  ... and " + (warnings.size() - MAX_WARNINGS_SHOWN) + " more");
        }
    }
}
