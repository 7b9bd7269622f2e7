package celab.lesson;

import celab.io.lesson.Lesson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Checks answers to a step's question. A first wrong answer gets the question's hint; the
 * answer itself is given only after a second miss. Typed numbers may use a decimal comma.
 */
public final class Question {

    /**
     * The verdict on one answer.
     *
     * @param counted false when the answer could not be read (no option picked, not a number):
     *                such a try is not counted as a miss
     */
    public record Verdict(boolean correct, boolean counted, String feedback) {
    }

    private Question() {
    }

    /**
     * Checks an answer: the picked option's index as written in the file (not its place on
     * screen) for a choice, the typed text for a numeric question.
     *
     * @param misses how many counted wrong answers came before this one
     */
    public static Verdict check(Lesson.Question q, String answer, int misses) {
        return q instanceof Lesson.Choice c ? choice(c, answer, misses) : numeric((Lesson.Numeric) q, answer, misses);
    }

    private static Verdict choice(Lesson.Choice c, String answer, int misses) {
        int picked;
        try {
            picked = Integer.parseInt(answer == null ? "" : answer.strip());
        } catch (NumberFormatException e) {
            picked = -1;
        }
        if (picked < 0 || picked >= c.options().size()) {
            return new Verdict(false, false, "Pick one of the answers first.");
        }
        if (picked == c.correct()) {
            return new Verdict(true, true, "Right. " + c.explanation());
        }
        return misses == 0
                ? new Verdict(false, true, "Not quite. A hint: " + c.hint())
                : new Verdict(false, true, "Not quite. The answer is “" + c.options().get(c.correct()) + "”. "
                        + c.explanation());
    }

    private static Verdict numeric(Lesson.Numeric q, String text, int misses) {
        String s = text == null ? "" : text.strip();
        Double v = parse(s);
        if (v == null) {
            return new Verdict(false, false, unreadable(q, s));
        }
        if (Math.abs(v - q.answer()) <= q.tolerance() + 1e-12) {
            return new Verdict(true, true, "Right: " + s + " is within " + words(q.tolerance()) + " of "
                    + format(q.answer(), q.decimals()) + ". " + q.explanation());
        }
        return misses == 0
                ? new Verdict(false, true, "Not yet. A hint: " + q.hint())
                : new Verdict(false, true, "Not yet. The answer is " + format(q.answer(), q.decimals()) + ". "
                        + q.explanation());
    }

    /**
     * What to tell a learner whose typed answer is not a number. Its example number is never
     * close to the answer, so the message gives nothing away.
     */
    public static String unreadable(Lesson.Numeric q, String text) {
        String s = text == null ? "" : text.strip();
        double example = Math.abs(q.answer() - 0.3679) > Math.max(0.05, 2 * q.tolerance()) ? 0.3679 : 2.5;
        return "“" + s + "” is not a number. Type digits with a point or a comma, like "
                + format(example, q.decimals()) + ".";
    }

    /** A typed number: digits with a point or a decimal comma ("0,3851"), an optional sign and exponent. */
    public static Double parse(String text) {
        String s = text.strip().replace('−', '-').replace(" ", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')) {
            s = s.replace(',', '.');
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }

    /** The number with the given count of decimals, as the screen shows it. */
    public static String format(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString().replace('-', '−');
    }

    /** A tolerance in words: 0.0005, never 5.0E-4. */
    public static String words(double tolerance) {
        return new BigDecimal(Double.toString(tolerance)).stripTrailingZeros().toPlainString();
    }

    /**
     * The order to show a choice's options in: a shuffle, so the right answer has no fixed place.
     * The same seed gives the same order, so the options do not jump while a learner reads them.
     *
     * @return file indices in screen order
     */
    public static List<Integer> order(Lesson.Choice c, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < c.options().size(); k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }
}
