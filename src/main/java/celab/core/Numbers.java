package celab.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one formatter for every number shown to a person, so that readouts agree with each other
 * and never jump in width: a fixed number of significant digits, scientific notation for tiny
 * or huge values, and ∞, −∞ and NaN spelled out.
 */
public final class Numbers {

    /** Significant digits used by readouts unless a caller asks for more. */
    public static final int DEFAULT_DIGITS = 4;

    private static final double SMALL = 1e-3;
    private static final double LARGE = 1e6;

    private Numbers() {
    }

    /** {@link #format(double, int)} with {@value #DEFAULT_DIGITS} significant digits. */
    public static String format(double x) {
        return format(x, DEFAULT_DIGITS);
    }

    /**
     * Formats x with {@code digits} significant digits: 0.5108, 16.12, 1.000e-7, ∞, NaN.
     * Trailing zeros are kept so that the width stays fixed while a slider moves.
     */
    public static String format(double x, int digits) {
        if (digits < 1) {
            // MathContext(0) means "unlimited", which would print every binary digit of x.
            throw new IllegalArgumentException("digits must be at least 1, got " + digits);
        }
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        if (x == 0) {
            return "0";
        }
        String quick = plainQuickly(x, digits);
        if (quick != null) {
            return quick;
        }
        return formatExact(x, digits);
    }

    /** The powers of ten a double holds exactly, 10^0 … 10^22. */
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** The largest digit count the quick path handles: its double arithmetic is then off by < 1e-6. */
    private static final int QUICK_DIGITS = 9;

    /**
     * {@link #format(double, int)} for the common case, without BigDecimal (a slider step formats
     * dozens of numbers, and BigDecimal's exact expansion of a double was a fifth of all the memory
     * a step allocated): plain notation, at most {@value #QUICK_DIGITS} digits. Returns null
     * whenever the answer could differ from the exact rounding of {@link #formatExact}: a value
     * within a millionth of a rounding tie, near a power of ten, or outside the plain range.
     */
    private static String plainQuickly(double x, int digits) {
        double abs = Math.abs(x);
        if (digits > QUICK_DIGITS || abs < SMALL || abs >= LARGE) {
            return null;
        }
        int e = (int) Math.floor(Math.log10(abs));
        double lower = e >= 0 ? POW10[e] : 1 / POW10[-e];
        if (abs < lower * (1 + 1e-12) || abs > lower * 10 * (1 - 1e-12)) {
            return null; // so near a power of ten that log10 may have picked the wrong decade
        }
        int scale = digits - 1 - e; // decimals kept: the value is m × 10^-scale
        double y = scale >= 0 ? abs * POW10[scale] : abs / POW10[-scale]; // one rounding: off by < 1e-6
        double fraction = y - Math.floor(y);
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return null; // a tie or nearly one: only the exact value can decide
        }
        long m = (long) Math.floor(y + 0.5);
        if (m >= (long) POW10[digits]) { // 9.9996 → 10.00: one digit more, one decimal less
            m /= 10;
            scale -= 1;
            if (e + 1 >= 6) {
                return null; // reached 10^6: scientific notation
            }
        }
        StringBuilder out = new StringBuilder(digits + 8);
        if (x < 0) {
            out.append('-');
        }
        String ds = Long.toString(m);
        if (scale <= 0) {
            out.append(ds);
            out.append("0".repeat(-scale));
        } else if (scale >= ds.length()) {
            out.append("0.").append("0".repeat(scale - ds.length())).append(ds);
        } else {
            out.append(ds, 0, ds.length() - scale).append('.').append(ds, ds.length() - scale, ds.length());
        }
        return out.toString();
    }

    /** {@link #format(double, int)} by BigDecimal: the exact binary value, rounded half-even. */
    static String formatExact(double x, int digits) {
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double abs = Math.abs(rounded.doubleValue());
        if (abs < SMALL || abs >= LARGE) {
            return scientific(rounded, digits);
        }
        return rounded.setScale(Math.max(0, digits - 1 - exponent(rounded)), RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** Like {@link #format(double)} but ASCII only ("Infinity", "-Infinity"), for files and code. */
    public static String ascii(double x, int digits) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return format(x, digits);
    }

    /** A percentage with no decimals for whole values and one otherwise: "100%", "66.7%". */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            // Spelled out like format(); Math.round(∞) would print 9223372036854775807%.
            return format(fraction);
        }
        double pct = fraction * 100;
        return Math.rint(pct) == pct || Math.abs(pct - Math.rint(pct)) < 1e-9
                ? Math.round(pct) + "%"
                : BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static int exponent(BigDecimal v) {
        return v.precision() - v.scale() - 1;
    }

    private static String scientific(BigDecimal rounded, int digits) {
        int exp = exponent(rounded);
        BigDecimal mantissa = rounded.movePointLeft(exp).setScale(digits - 1, RoundingMode.HALF_EVEN);
        return mantissa.toPlainString() + "e" + exp;
    }
}
