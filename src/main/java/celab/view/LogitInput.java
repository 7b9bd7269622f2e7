package celab.view;

import celab.model.LogitsModel;
import java.util.Locale;

/**
 * Reads a logit typed by a person: any plain or scientific number from −1000 to 1000 ("3",
 * "-2.5", "−7", "1e3"). Anything else is refused with a sentence that says what is wrong; the
 * caller keeps its previous value.
 */
public final class LogitInput {

    /** The outcome of reading one field: a value, or a message for the person. */
    public record Parsed(double value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private LogitInput() {
    }

    /** The same reading, as the {@link NumberField} takes it. */
    public static NumberField.Parsed read(String text) {
        Parsed p = parse(text);
        return p.ok() ? NumberField.Parsed.ok(p.value()) : NumberField.Parsed.error(p.error());
    }

    public static Parsed parse(String text) {
        String s = text == null ? "" : text.strip().replace('−', '-').replace('–', '-');
        if (s.isEmpty()) {
            return new Parsed(Double.NaN, "Type a logit between −1000 and 1000.");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("inf") || lower.equals("∞") || lower.equals("-∞") || lower.contains("nan")) {
            return new Parsed(Double.NaN, "“" + s + "” is not a finite number: type a logit between −1000 and 1000.");
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            String hint = s.contains(",") ? " Use a point for decimals: 2.5." : "";
            return new Parsed(Double.NaN, "“" + s + "” is not a number." + hint);
        }
        double v = Double.parseDouble(s);
        if (Math.abs(v) > LogitsModel.TYPED_LIMIT) {
            return new Parsed(Double.NaN, plain(v, s) + " is beyond ±1000: the lab takes logits from −1000 to 1000.");
        }
        return new Parsed(v == 0 ? 0.0 : v, null);
    }

    /** v in plain digits; a huge one ("1e20", or "1e400", which is ∞ as a double) as typed. */
    private static String plain(double v, String typed) {
        String s = Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "")
                : typed;
        return s.replace('-', '−');
    }
}
