package celab.view;

/**
 * Reads a probability typed by a person: "0.6", ".6", "60%" or "6e-1". Anything else is refused
 * with a sentence that says what is wrong; the caller keeps its previous value.
 */
public final class ProbabilityInput {

    /** The outcome of reading one field: a value, or a message for the person. */
    public record Parsed(double value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private ProbabilityInput() {
    }

    /** The same reading, as the {@link NumberField} takes it. */
    public static NumberField.Parsed parse(String text) {
        Parsed p = read(text);
        return p.ok() ? NumberField.Parsed.ok(p.value()) : NumberField.Parsed.error(p.error());
    }

    public static Parsed read(String text) {
        String s = text == null ? "" : text.strip().replace('−', '-');
        if (s.isEmpty()) {
            return new Parsed(Double.NaN, "Type a probability between 0 and 1.");
        }
        boolean percent = s.endsWith("%");
        String number = percent ? s.substring(0, s.length() - 1).strip() : s;
        double v;
        try {
            if (!number.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            String hint = number.contains(",") ? " Use a point for decimals: 0.6." : "";
            return new Parsed(Double.NaN, "“" + s + "” is not a number." + hint);
        }
        if (percent) {
            v /= 100;
        }
        // the message repeats what was typed: Java would spell "1e400" as Infinity and "-1e-5" as -1.0E-5
        if (v < 0) {
            return new Parsed(Double.NaN, s + " is below 0: a probability is between 0 and 1.");
        }
        if (v > 1) {
            return new Parsed(Double.NaN, s + " is above 1: a probability is between 0 and 1.");
        }
        return new Parsed(v, null);
    }
}
