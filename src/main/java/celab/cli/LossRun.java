package celab.cli;

import celab.core.StreamingLoss;
import celab.io.InputFileException;
import celab.io.PredictionReader;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code loss} computation as the samples stream in: the core's running totals, the first
 * warnings, and the per-sample results written to a {@link Spool} for the output. Memory does
 * not depend on the number of samples.
 */
final class LossRun {

    /** Warnings listed in the JSON; beyond this many they are counted only. */
    static final int MAX_WARNINGS_KEPT = 1000;

    /** Per-sample record for the table: true class, predicted, p(true), p used, loss. */
    static final int TABLE = 1;
    /** Per-sample record for the JSON: the loss alone. */
    static final int JSON = 2;

    private final LossOptions options;
    private final Spool spool;
    private final int record;
    private StreamingLoss loss;
    private final List<String> warnings = new ArrayList<>();
    private long warningCount;
    private boolean anyClipped;
    private boolean softLabels;
    private boolean classIndexTargets = true;

    /** The class weights do not fit the predictions: a usage error, found once C is known. */
    static final class WeightsMismatch extends RuntimeException {
        WeightsMismatch(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param record what to spool per sample: {@link #TABLE}, {@link #JSON}, or 0 for nothing
     */
    LossRun(LossOptions options, Spool spool, int record) {
        this.options = options;
        this.spool = spool;
        this.record = record;
    }

    void accept(PredictionReader.Sample s) throws InputFileException {
        if (loss == null) {
            double[] w = options.classWeights();
            if (w != null && w.length != s.classes()) {
                throw new WeightsMismatch("--class-weights gives " + w.length + " weight"
                        + (w.length == 1 ? "" : "s") + " but the predictions have " + s.classes() + " classes");
            }
            loss = new StreamingLoss(s.classes(), options.logits(), options.clipping(),
                    options.labelSmoothing(), w, options.base());
            classIndexTargets = s.hasClassIndex();
        }
        double l;
        if (s.hasClassIndex()) {
            l = loss.add(s.predictions(), 0, s.targetClass());
        } else {
            double[] y = s.labels();
            l = loss.add(s.predictions(), 0, y, 0);
            if (!softLabels) {
                softLabels = !oneHot(y, s.classes());
            }
        }
        if (loss.lastPTrueUsed() != loss.lastPTrue()) {
            anyClipped = true;
        }
        String w = s.warning();
        if (w != null) {
            warningCount++;
            if (warnings.size() < MAX_WARNINGS_KEPT) {
                warnings.add(w);
            }
        }
        if (record == TABLE) {
            spool.writeInt(loss.lastTrue());
            spool.writeInt(loss.lastPredicted());
            spool.writeDouble(loss.lastPTrue());
            spool.writeDouble(loss.lastPTrueUsed());
            spool.writeDouble(l);
            spool.endRecord();
        } else if (record == JSON) {
            spool.writeDouble(l);
            spool.endRecord();
        }
    }

    private static boolean oneHot(double[] y, int c) {
        int ones = 0;
        for (int j = 0; j < c; j++) {
            if (y[j] == 1.0) {
                ones++;
            } else if (y[j] != 0.0) {
                return false;
            }
        }
        return ones == 1;
    }

    LossOptions options() {
        return options;
    }

    StreamingLoss loss() {
        return loss;
    }

    /** The first warnings (at most {@link #MAX_WARNINGS_KEPT}), located. */
    List<String> warnings() {
        return warnings;
    }

    long warningCount() {
        return warningCount;
    }

    boolean anyClipped() {
        return anyClipped;
    }

    boolean softLabels() {
        return softLabels;
    }

    boolean classIndexTargets() {
        return classIndexTargets;
    }
}
