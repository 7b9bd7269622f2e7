package celab.view;

import java.util.Locale;

/**
 * Reads an ε typed by a person: "1e-7", "1E-7", "0.0000001", "1·10^-7" or "10^-7". Anything else,
 * and any value outside [min, max], is refused with a sentence that says what is wrong; the
 * caller keeps its previous ε.
 */
public final class EpsilonInput {

    /** The outcome of reading the field: a value, or a message for the person. */
    public record Parsed(double value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final String NUMBER = "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?";

    private EpsilonInput() {
    }

    /** Parses text as ε and checks min ≤ ε ≤ max. */
    /** ε in the clipping model's range, as the {@link NumberField} takes it. */
    public static NumberField.Parsed field(String text) {
        Parsed p = parse(text, celab.model.ClippingModel.MIN_EPSILON, celab.model.ClippingModel.MAX_EPSILON);
        return p.ok() ? NumberField.Parsed.ok(p.value()) : NumberField.Parsed.error(p.error());
    }

    public static Parsed parse(String text, double min, double max) {
        String s = text == null ? "" : text.strip().replace('−', '-').replace(" ", "");
        String range = "between " + plain(min) + " and " + plain(max);
        if (s.isEmpty()) {
            return new Parsed(Double.NaN, "Type ε " + range + ", for example 1e-7.");
        }
        double v;
        try {
            v = read(s);
        } catch (NumberFormatException e) {
            String hint = s.contains(",") ? " Use a point for decimals: 0.001." : " Write it like 1e-7.";
            return new Parsed(Double.NaN, "“" + text.strip() + "” is not a number." + hint);
        }
        if (v <= 0) {
            return new Parsed(Double.NaN, "ε must be above 0: it is the distance kept from 0 and 1 ("
                    + range + ").");
        }
        if (v < min) {
            return new Parsed(Double.NaN, plain(v) + " is below " + plain(min) + ": ε must be " + range + ".");
        }
        if (v > max) {
            // past the largest double ("1e400") the value is ∞: say what was typed instead
            String said = Double.isInfinite(v) ? text.strip() : plain(v);
            return new Parsed(Double.NaN, said + " is above " + plain(max) + ": ε must be " + range + ".");
        }
        return new Parsed(v, null);
    }

    /** "1e-7", "1·10^-7", "10^-7" and plain decimals. */
    private static double read(String s) {
        String power = s.replace("×", "*").replace("·", "*");
        int caret = power.indexOf('^');
        if (caret > 0) {
            int star = power.indexOf('*');
            String mantissa = star > 0 ? power.substring(0, star) : "1";
            String base = power.substring(star > 0 ? star + 1 : 0, caret);
            String exp = power.substring(caret + 1);
            if (!base.equals("10") || !mantissa.matches(NUMBER) || !exp.matches("[+-]?\\d{1,3}")) {
                throw new NumberFormatException(s);
            }
            return Double.parseDouble(mantissa + "e" + exp);
        }
        if (!s.matches(NUMBER)) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(s);
    }

    private static String plain(double v) {
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) {
            String e = String.format(Locale.ROOT, "%.6e", v);
            String mantissa = e.substring(0, e.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
            int exp = Integer.parseInt(e.substring(e.indexOf('e') + 1));
            return mantissa + "e" + exp;
        }
        return String.format(Locale.ROOT, "%s", v).replaceAll("\\.0$", "");
    }
}
