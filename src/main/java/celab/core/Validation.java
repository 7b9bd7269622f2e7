package celab.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks inputs before any loss is computed and says exactly what is wrong and where.
 * Every method throws {@link InvalidInputException} for the first problem it finds, with a
 * 0-based row and column; callers that read files turn those into file:line:column.
 */
public final class Validation {

    /** Rounding slack allowed above 1 for a probability and around 1 for a row sum. */
    public static final double TOLERANCE = 1e-6;

    private Validation() {
    }

    /** At least one sample and at least two classes. */
    public static void checkShape(String source, Matrix m) {
        if (m.rows() == 0) {
            throw new InvalidInputException(source, -1, -1, "the batch is empty: there are no samples");
        }
        if (m.cols() < 2) {
            throw new InvalidInputException(source, 0, -1,
                    "need at least 2 classes, found " + m.cols());
        }
    }

    /**
     * Every value finite and in [0, 1] (up to 1 + 1e-6 for rounding). Rows that do not sum to
     * 1 within 1e-6 are allowed and returned as warnings: the seeds compute them as given.
     */
    public static List<LossWarning> checkProbabilities(Matrix p) {
        checkShape("predictions", p);
        double[] d = p.data();
        int c = p.cols();
        List<LossWarning> warnings = new ArrayList<>();
        for (int i = 0; i < p.rows(); i++) {
            LossWarning w = checkProbabilityRow(i, d, i * c, c, Spelling.NUMBER);
            if (w != null) {
                warnings.add(w);
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * How a value is quoted in a message. A reader that has the text of the file passes a
     * spelling that quotes the value as written (99999999999999999999999 stays that, rather than
     * the double nearest to it); {@link #NUMBER} spells the double itself.
     */
    @FunctionalInterface
    public interface Spelling {
        /** Java's spelling of the double ({@link Double#toString(double)}). */
        Spelling NUMBER = (column, value) -> Double.toString(value);

        /** The text for the value in 0-based {@code column} of the row being checked. */
        String of(int column, double value);
    }

    /**
     * One row of probabilities, {@code d[from, from + c)}: finite and in [0, 1] (up to 1 + 1e-6).
     *
     * @param row the 0-based sample, for the message
     * @return a warning when the row does not sum to 1 within 1e-6, else null
     * @throws InvalidInputException for the first bad value
     */
    public static LossWarning checkProbabilityRow(int row, double[] d, int from, int c, Spelling spelled) {
        double sum = 0;
        for (int j = 0; j < c; j++) {
            double v = d[from + j];
            checkFinite("predictions", row, j, v, "probability");
            if (v < 0) {
                throw new InvalidInputException("predictions", row, j,
                        "probability " + spelled.of(j, v) + " is below 0");
            }
            if (v > 1 + TOLERANCE) {
                throw new InvalidInputException("predictions", row, j,
                        "probability " + spelled.of(j, v) + " is above 1");
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            return new LossWarning(row, "probabilities sum to "
                    + sumText(sum) + ", not 1 (computed as given, not renormalised)");
        }
        return null;
    }

    /** One row of logits, {@code d[from, from + c)}: every value finite. */
    public static void checkLogitRow(int row, double[] d, int from, int c) {
        for (int j = 0; j < c; j++) {
            checkFinite("logits", row, j, d[from + j], "logit");
        }
    }

    /**
     * One class-index target: finite, whole, in [0, classes).
     *
     * @return the class
     */
    public static int checkIndexTarget(int row, double v, int classes, Spelling spelled) {
        checkFinite("targets", row, 0, v, "class index");
        if (v != Math.rint(v)) {
            throw new InvalidInputException("targets", row, 0,
                    "class index " + spelled.of(0, v) + " is not a whole number");
        }
        checkIndexRange(row, v, classes, spelled);
        return (int) v;
    }

    /**
     * One row of label targets, {@code d[from, from + c)}: a one-hot row (0s and exactly one 1)
     * or a soft label (non-negative, sums to 1).
     */
    public static void checkLabelRow(int row, double[] d, int from, int c, Spelling spelled) {
        boolean binary = true;
        int ones = 0;
        double sum = 0;
        for (int j = 0; j < c; j++) {
            double v = d[from + j];
            checkFinite("targets", row, j, v, "label");
            if (v < 0) {
                throw new InvalidInputException("targets", row, j, "label " + spelled.of(j, v) + " is negative");
            }
            if (v == 1.0) {
                ones++;
            } else if (v != 0.0) {
                binary = false;
            }
            sum += v;
        }
        if (binary && ones == 0) {
            throw new InvalidInputException("targets", row, -1, "one-hot row has no 1");
        }
        if (binary && ones > 1) {
            throw new InvalidInputException("targets", row, -1,
                    "one-hot row has " + ones + " ones; exactly one class can be true");
        }
        if (!binary && Math.abs(sum - 1) > TOLERANCE) {
            throw new InvalidInputException("targets", row, -1,
                    "soft-label row sums to " + sumText(sum) + ", not 1");
        }
    }

    /** Every logit finite; any real number is a valid score. */
    public static void checkLogits(Matrix z) {
        checkShape("logits", z);
        double[] d = z.data();
        int c = z.cols();
        for (int i = 0; i < z.rows(); i++) {
            checkLogitRow(i, d, i * c, c);
        }
    }

    /**
     * Reads raw target rows: one column of 0-based class indices, or {@code classes} columns of
     * one-hot or soft-label rows. A row of 0s and 1s is one-hot and must have exactly one 1; any
     * other row is a soft label and must be non-negative and sum to 1.
     */
    public static Targets parseTargets(Matrix raw, int classes) {
        if (raw.rows() == 0) {
            throw new InvalidInputException("targets", -1, -1, "the batch is empty: there are no targets");
        }
        if (raw.cols() == 1) {
            return parseIndices(raw, classes);
        }
        if (raw.cols() != classes) {
            throw new InvalidInputException("targets", 0, -1, "row has " + raw.cols()
                    + " values; expected 1 class index or " + classes + " label values");
        }
        for (int i = 0; i < raw.rows(); i++) {
            checkLabelRow(raw, i);
        }
        return new Targets.Rows(raw);
    }

    /** The same sample count on both sides. */
    public static void checkSameRows(Matrix predictions, Targets targets) {
        if (predictions.rows() != targets.size()) {
            int row = Math.min(predictions.rows(), targets.size());
            throw new InvalidInputException("targets", row, -1, "predictions have "
                    + predictions.rows() + " rows but targets have " + targets.size());
        }
    }

    /** Index targets in range, label rows as wide as the predictions. */
    public static void checkTargets(Targets targets, int classes) {
        if (targets instanceof Targets.Indices idx) {
            int[] cls = idx.classes();
            for (int i = 0; i < cls.length; i++) {
                checkIndexRange(i, cls[i], classes);
            }
        } else if (targets instanceof Targets.Rows rows) {
            // Label rows need one value per class. Checked here rather than via parseTargets,
            // which would read a one-column Rows as class indices and let the loss index past
            // the end of each label row.
            Matrix labels = rows.labels();
            if (labels.cols() != classes) {
                throw new InvalidInputException("targets", 0, -1, "label rows have " + labels.cols()
                        + " values; expected " + classes + ", one per class");
            }
            for (int i = 0; i < labels.rows(); i++) {
                checkLabelRow(labels, i);
            }
        }
    }

    private static Targets parseIndices(Matrix raw, int classes) {
        int[] cls = new int[raw.rows()];
        for (int i = 0; i < raw.rows(); i++) {
            cls[i] = checkIndexTarget(i, raw.get(i, 0), classes, WHOLE);
        }
        return new Targets.Indices(cls);
    }

    /**
     * Whole numbers without ".0" and without clamping: (int) 1e10 would clamp to 2147483647 and
     * the message would quote a number that is not in the file. Other values as Java spells them.
     */
    private static final Spelling WHOLE = (column, v) -> v == Math.rint(v) && !Double.isInfinite(v)
            ? whole(v) : Double.toString(v);

    /** A whole-number index, from a file (double) or from {@link Targets.Indices} (int). */
    private static void checkIndexRange(int row, double index, int classes) {
        checkIndexRange(row, index, classes, WHOLE);
    }

    /** Checked as a double, before any cast, so the message quotes the value itself. */
    private static void checkIndexRange(int row, double index, int classes, Spelling spelled) {
        if (index < 0) {
            throw new InvalidInputException("targets", row, 0,
                    "class index " + spelled.of(0, index) + " is negative; classes are numbered from 0");
        }
        if (index >= classes) {
            throw new InvalidInputException("targets", row, 0,
                    "class index " + spelled.of(0, index) + " is out of range [0, " + classes + ")");
        }
    }

    /** A whole number as written: "3", "-1", "10000000000" (no ".0", no clamping to int). */
    private static String whole(double v) {
        return new BigDecimal(v).toPlainString();
    }

    private static void checkLabelRow(Matrix raw, int i) {
        checkLabelRow(i, raw.data(), i * raw.cols(), raw.cols(), Spelling.NUMBER);
    }

    /**
     * A row sum that is off by more than the tolerance, with the digits that show it: "0.900000",
     * but "1.0000015" rather than "1.00000" (which would read "sums to 1.00000, not 1").
     */
    private static String sumText(double sum) {
        return Numbers.format(sum, Math.abs(sum - 1) < 1e-4 ? 8 : 6);
    }

    private static void checkFinite(String source, int row, int col, double v, String what) {
        if (Double.isNaN(v)) {
            throw new InvalidInputException(source, row, col, what + " is NaN (not a number)");
        }
        if (Double.isInfinite(v)) {
            throw new InvalidInputException(source, row, col,
                    what + " is " + (v > 0 ? "Infinity" : "-Infinity") + "; it must be finite");
        }
    }
}
