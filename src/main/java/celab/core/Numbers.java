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
