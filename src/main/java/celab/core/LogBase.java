package celab.core;

/**
 * The unit a loss is reported in. The core computes with the natural logarithm (nats); a loss
 * in bits is the same number divided by ln 2, because log₂ x = ln x / ln 2.
 */
public enum LogBase {
    /** Natural logarithm, as PyTorch and the seeds compute it. */
    E("nats", "ln"),
    /** Base-2 logarithm: the loss as a number of bits. */
    TWO("bits", "log₂");

    /** ln 2: one bit is this many nats, and 1 nat = 1 / ln 2 ≈ 1.4427 bits. */
    public static final double LN2 = Math.log(2.0);

    private final String unit;
    private final String symbol;

    LogBase(String unit, String symbol) {
        this.unit = unit;
        this.symbol = symbol;
    }

    /** "nats" or "bits". */
    public String unit() {
        return unit;
    }

    /** "ln" or "log₂", for formulas. */
    public String symbol() {
        return symbol;
    }

    /** A value computed in nats, in this unit: {@code nats} or {@code nats / ln 2}. */
    public double fromNats(double nats) {
        return this == E ? nats : nats / LN2;
    }

    /** The inverse of {@link #fromNats(double)}. */
    public double toNats(double value) {
        return this == E ? value : value * LN2;
    }

    /**
     * Reads "e", "ln", "nats" or "2", "log2", "bits" (any case).
     *
     * @throws IllegalArgumentException naming what was given and what is accepted
     */
    public static LogBase parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "e", "ln", "nat", "nats" -> E;
            case "2", "log2", "bit", "bits" -> TWO;
            default -> throw new IllegalArgumentException(
                    "log base \"" + text + "\" is not e or 2 (nats or bits)");
        };
    }
}
