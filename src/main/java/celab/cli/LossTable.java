package celab.cli;

import celab.core.LogBase;
import celab.core.Numbers;
import celab.core.Reduction;
import celab.core.StreamingLoss;
import celab.io.Printable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The default output of {@code loss}: one aligned row per sample, then the batch summary. Every
 * number goes through {@link Numbers} (ASCII spelling, so "Infinity" survives any terminal). The
 * rows come back from the {@link Spool}, are formatted once into a second spool while the columns
 * are measured, and are then printed padded to the widest cell of each column.
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

    static void print(LossRun run, Spool spool, PrintStream out) {
        LossOptions options = run.options();
        out.println(describeInputs(options));
        out.println();
        Reduction reduction = options.reduction();
        if (reduction == null || reduction == Reduction.NONE) {
            printRows(run, spool, out);
            if (run.softLabels()) {
                out.println("(soft labels: loss = -sum_j y_j log p_j; true class = the label row's argmax)");
            }
            out.println();
        }
        printSummary(run, out);
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
        StringBuilder sb = new StringBuilder()
                .append("predictions: ").append(Printable.line(options.predictions())).append(" (").append(how)
                .append(")\ntargets:     ").append(Printable.line(options.targets()));
        StringBuilder extra = new StringBuilder();
        if (options.labelSmoothing() != 0) {
            extra.append("label smoothing ").append(Numbers.ascii(options.labelSmoothing(), 4));
        }
        if (options.classWeights() != null) {
            extra.append(extra.isEmpty() ? "" : ", ").append("class weights ")
                    .append(Arrays.toString(options.classWeights()));
        }
        if (options.logBase() != null) {
            extra.append(extra.isEmpty() ? "" : ", ").append("losses in ").append(options.base().unit())
                    .append(options.base() == LogBase.TWO ? " (log base 2)" : " (natural log)");
        }
        if (options.reduction() != null) {
            extra.append(extra.isEmpty() ? "" : ", ").append("reduction ")
                    .append(options.reduction().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!extra.isEmpty()) {
            sb.append("\noptions:     ").append(extra);
        }
        return sb.toString();
    }

    private static void printRows(LossRun run, Spool spool, PrintStream out) {
        boolean anyClipped = run.anyClipped();
        // When clipping moved a value, 4 digits would show 1 - 1e-7 as 1.000: show all 8.
        int pDigits = anyClipped ? LOSS_DIGITS : PROBABILITY_DIGITS;
        String[] header = anyClipped
                ? new String[] {"sample", "true class", "predicted", "p(true)", "p used", "loss"}
                : new String[] {"sample", "true class", "predicted", "p(true)", "loss"};
        int[] width = new int[header.length];
        for (int j = 0; j < header.length; j++) {
            width[j] = header[j].length();
        }
        // Pass 1 formats every cell once, measuring the columns, into a second spool; pass 2 pads.
        String[] cells = new String[header.length];
        try (Spool text = new Spool()) {
            try (DataInputStream in = spool.reader()) {
                for (long i = 0; i < spool.records(); i++) {
                    row(in, i, anyClipped, pDigits, cells);
                    for (int j = 0; j < cells.length; j++) {
                        width[j] = Math.max(width[j], cells[j].length());
                        text.writeText(cells[j]);
                    }
                    text.endRecord();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StringBuilder line = new StringBuilder();
            out.println(pad(header, width, line));
            try (DataInputStream in = text.reader()) {
                for (long i = 0; i < text.records(); i++) {
                    for (int j = 0; j < cells.length; j++) {
                        cells[j] = in.readUTF();
                    }
                    out.println(pad(cells, width, line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (anyClipped) {
            out.println("(p used: p(true) after clipping, the value the log is taken of)");
        }
    }

    private static void row(DataInputStream in, long i, boolean anyClipped, int pDigits, String[] cells)
            throws IOException {
        int truth = in.readInt();
        int predicted = in.readInt();
        double p = in.readDouble();
        double used = in.readDouble();
        double loss = in.readDouble();
        cells[0] = Long.toString(i + 1);
        cells[1] = Integer.toString(truth);
        cells[2] = Integer.toString(predicted);
        cells[3] = Numbers.ascii(p, pDigits);
        if (anyClipped) {
            cells[4] = Numbers.ascii(used, pDigits);
            cells[5] = Numbers.ascii(loss, LOSS_DIGITS);
        } else {
            cells[4] = Numbers.ascii(loss, LOSS_DIGITS);
        }
    }

    private static StringBuilder pad(String[] row, int[] width, StringBuilder line) {
        line.setLength(0);
        for (int j = 0; j < row.length; j++) {
            line.append(j == 0 ? "" : "  ");
            for (int k = row[j].length(); k < width[j]; k++) {
                line.append(' ');
            }
            line.append(row[j]);
        }
        return line;
    }

    private static void printSummary(LossRun run, PrintStream out) {
        StreamingLoss loss = run.loss();
        LossOptions options = run.options();
        Reduction reduction = options.reduction();
        if (reduction == null || reduction == Reduction.MEAN) {
            out.println("mean loss  " + Numbers.ascii(loss.mean(), SUMMARY_DIGITS));
        }
        if (reduction == null || reduction == Reduction.SUM) {
            out.println("sum        " + Numbers.ascii(loss.sum(), SUMMARY_DIGITS));
        }
        if (options.classWeights() != null && run.classIndexTargets() && reduction != Reduction.NONE) {
            out.println("weights    the mean divides by the sum of the samples' class weights, "
                    + Numbers.ascii(loss.weightSum(), SUMMARY_DIGITS) + " (as PyTorch)");
        }
        out.println("accuracy   " + Numbers.percent(loss.accuracy()) + " (" + loss.correct() + " of "
                + loss.count() + " predicted correctly)");
        List<String> warnings = run.warnings();
        if (run.warningCount() == 0) {
            out.println("warnings   none");
            return;
        }
        out.println("warnings   " + run.warningCount());
        warnings.stream().limit(MAX_WARNINGS_SHOWN).forEach(w -> out.println("  " + w));
        if (run.warningCount() > MAX_WARNINGS_SHOWN) {
            out.println("  ... and " + (run.warningCount() - MAX_WARNINGS_SHOWN) + " more");
        }
    }
}
