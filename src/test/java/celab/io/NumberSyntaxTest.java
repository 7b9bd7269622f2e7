package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.5", ".5", "5.", "+1", "-2.5E+3", "1e-7", "0.09484515", "1E308", "4.9e-324",
        "123456789012345678901234567890", "0.1000000000000000055511151231257827021181583404541015625",
        "-0", "-0.0", "2.2250738585072011e-308", "9007199254740993", "1e23", "8.41e21", "000001.5"})
    void decimalsParseExactlyAsJavaDoes(String text) {
        assertEquals(Double.parseDouble(text), NumberSyntax.parse(text));
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(NumberSyntax.parse(text)), text);
    }

    @Test
    void nonFiniteSpellings() {
        assertTrue(Double.isNaN(NumberSyntax.parse("NaN")));
        assertTrue(Double.isNaN(NumberSyntax.parse("-nan")));
        assertEquals(Double.POSITIVE_INFINITY, NumberSyntax.parse("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, NumberSyntax.parse("-Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, NumberSyntax.parse("+INF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "0x1p-3", "0X10", "1d", "2f", "1_000", "1,5", "0.\u0015",
        "0.5\u0000", "\u0130nf", "--1", "1e", "e5", ".", "-", "+", "1e+", "1.2.3", "infinit", "nan1",
        "\u0661", "１", "1e5.5"})
    void everythingElseIsRefused(String text) {
        assertFalse(NumberSyntax.isNumber(text), text);
        assertThrows(NumberFormatException.class, () -> NumberSyntax.parse(text));
    }

    @Test
    void longValuesAreRefusedWithoutLookingAtThem() {
        String digits = "1".repeat(NumberSyntax.MAX_LENGTH);
        assertEquals(Double.parseDouble(digits), NumberSyntax.parse(digits));
        assertThrows(NumberFormatException.class, () -> NumberSyntax.parse(digits + "1"));
    }

    /** Random decimals of every shape, fast path and slow path, against Double.parseDouble. */
    @Test
    void randomDecimalsAgreeWithDoubleParseDoubleToTheBit() {
        Random rnd = new Random(20261130);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextInt(4) == 0) {
                sb.append(rnd.nextBoolean() ? '-' : '+');
            }
            int intDigits = rnd.nextInt(rnd.nextInt(4) == 0 ? 25 : 4);
            for (int i = 0; i < intDigits; i++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            int frac = rnd.nextInt(rnd.nextInt(4) == 0 ? 25 : 10);
            if (frac > 0 || intDigits == 0 || rnd.nextBoolean()) {
                sb.append('.');
            }
            for (int i = 0; i < frac || (intDigits == 0 && i == 0); i++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextInt(3) == 0) {
                sb.append(rnd.nextBoolean() ? 'e' : 'E');
                int r = rnd.nextInt(3);
                sb.append(r == 0 ? "-" : r == 1 ? "+" : "");
                sb.append(rnd.nextInt(rnd.nextInt(5) == 0 ? 400 : 30));
            }
            String text = sb.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(NumberSyntax.parse(text)), text);
        }
    }
}
