package celab.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * The one spelling of numbers that files and options accept: decimals as people and NumPy write
 * them ({@code 0.5}, {@code .5}, {@code 5.}, {@code -2.5E+3}, {@code +1}), and the non-finite
 * spellings NumPy and Java print ({@code nan}, {@code inf}, {@code -Infinity}, any case), which
 * are read so that the checks can say "probability is NaN" at the right place. Hex floats
 * ({@code 0x1p-3}), type suffixes ({@code 1d}, {@code 2f}), thousands separators, spaces or
 * control characters inside a number are refused everywhere.
 *
 * <p>Checking is one pass over the characters. Numbers of up to 15 significant digits with a
 * small exponent (nearly every number a program writes) are converted in that same pass by
 * Clinger's exact fast path; the rest by FastDoubleParser. Both round correctly, exactly like
 * {@link Double#parseDouble}. A value longer than {@link #MAX_LENGTH} characters is
 * refused before it is looked at, so no input can make the check slow.
 */
public final class NumberSyntax {

    /**
     * The longest number accepted, in characters. Far more than any float64 needs (17 significant
     * digits round-trip; NumPy writes at most 24 characters).
     */
    public static final int MAX_LENGTH = 100;

    private NumberSyntax() {
    }

    /**
     * Parses {@code chars[from, from + length)} if it is a number in this syntax.
     *
     * @return the value; NaN is only returned for the spellings of NaN
     * @throws NumberFormatException with a short reason when it is not
     */
    public static double parse(char[] chars, int from, int length) {
        if (length == 0) {
            throw new NumberFormatException("empty");
        }
        if (length > MAX_LENGTH) {
            throw new NumberFormatException("longer than " + MAX_LENGTH + " characters");
        }
        int end = from + length;
        int i = from;
        char c = chars[i];
        boolean negative = c == '-';
        if (c == '+' || c == '-') {
            i++;
        }
        // Up to 15 significant digits are gathered exactly; 10^15 < 2^53.
        long mantissa = 0;
        int significant = 0;
        int scale = 0;
        int intDigits = 0;
        while (i < end && isDigit(c = chars[i])) {
            if (significant > 0 || c != '0') {
                if (significant < FAST_DIGITS) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    scale++;
                }
                significant++;
            }
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < end && chars[i] == '.') {
            i++;
            while (i < end && isDigit(c = chars[i])) {
                if (significant > 0 || c != '0') {
                    if (significant < FAST_DIGITS) {
                        mantissa = mantissa * 10 + (c - '0');
                        scale--;
                    }
                    significant++;
                } else {
                    scale--;
                }
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return nonFinite(chars, i, end, negative);
        }
        int exponent = 0;
        boolean exponentFits = true;
        if (i < end && (chars[i] == 'e' || chars[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (chars[i] == '+' || chars[i] == '-')) {
                negativeExponent = chars[i] == '-';
                i++;
            }
            int expDigits = 0;
            while (i < end && isDigit(c = chars[i])) {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (c - '0');
                } else {
                    exponentFits = false;
                }
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                throw new NumberFormatException("exponent without digits");
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != end) {
            throw new NumberFormatException("unexpected character");
        }
        // Clinger's fast path: a mantissa below 2^53 and a power of ten up to 10^22 are both exact
        // doubles, so one multiplication or division rounds correctly. Everything else (more
        // digits, larger exponents) goes to FastDoubleParser.
        int power = scale + exponent;
        if (significant <= FAST_DIGITS && exponentFits && power >= -22 && power <= 22) {
            double v = power >= 0 ? mantissa * POWERS[power] : mantissa / POWERS[-power];
            return negative ? -v : v;
        }
        return JavaDoubleParser.parseDouble(chars, from, length);
    }

    /** Significant digits the fast path gathers: 10^15 − 1 < 2^53, so the mantissa is exact. */
    private static final int FAST_DIGITS = 15;

    /** 10^0 … 10^22, each exactly representable as a double. */
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /** {@link #parse(char[], int, int)} of a whole string. */
    public static double parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    /** Whether {@code text} is a number in this syntax. */
    public static boolean isNumber(String text) {
        try {
            parse(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** inf, infinity or nan (any case) from {@code i} to {@code end}, after an optional sign. */
    private static double nonFinite(char[] chars, int i, int end, boolean negative) {
        int n = end - i;
        if (n == 3 && same(chars, i, "nan")) {
            return Double.NaN;
        }
        if ((n == 3 && same(chars, i, "inf")) || (n == 8 && same(chars, i, "infinity"))) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException("not a number");
    }

    private static boolean same(char[] chars, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = chars[from + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(k)) { // ASCII only
                return false;
            }
        }
        return true;
    }
}
