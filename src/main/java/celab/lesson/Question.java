package celab.lesson;

import java.util.List;
import java.util.Locale;

/** A review question: pick one of several answers, or type a number checked with a tolerance. */
public sealed interface Question permits Question.Choice, Question.Numeric {

    /** The verdict on one answer, with a sentence for the learner. */
    record Verdict(boolean correct, String feedback) {
    }

    String prompt();

    /** Checks an answer: the option's index as text for a choice, the typed number for a numeric one. */
    Verdict check(String answer);

    /**
     * Several options, one correct.
     *
     * @param explanation why the correct option is correct, shown after any answer
     */
    record Choice(String prompt, List<String> options, int correct, String explanation) implements Question {
        @Override
        public Verdict check(String answer) {
            int picked;
            try {
                picked = Integer.parseInt(answer.strip());
            } catch (NumberFormatException e) {
                return new Verdict(false, "Pick one of the answers first.");
            }
            if (picked < 0 || picked >= options.size()) {
                return new Verdict(false, "Pick one of the answers first.");
            }
            return picked == correct
                    ? new Verdict(true, "Right. " + explanation)
                    : new Verdict(false, "Not quite. " + explanation);
        }
    }

    /**
     * A number, right when within {@code tolerance} of {@code answer}.
     *
     * @param explanation how to find it, shown after a wrong answer
     */
    record Numeric(String prompt, double answer, double tolerance, String explanation) implements Question {
        @Override
        public Verdict check(String text) {
            String s = text == null ? "" : text.strip().replace('−', '-');
            double v;
            try {
                if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return new Verdict(false, "“" + s + "” is not a number. Type digits with a point, like 0.37.");
            }
            if (Math.abs(v - answer) <= tolerance) {
                return new Verdict(true, String.format(Locale.ROOT, "Right: %s is within %s of the answer.",
                        s, trim(tolerance)));
            }
            return new Verdict(false, "Not yet. " + explanation);
        }

        private static String trim(double v) {
            String s = String.valueOf(v);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
    }
}
