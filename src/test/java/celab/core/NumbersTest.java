package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one formatter for numbers shown to people. */
class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0.5108256237659907, 0.5108",
            "1.0216512475319814, 1.022",
            "16.11809565095832,  16.12",
            "0.38506088005216804, 0.3851",
            "0.35667494393873245, 0.3567",
            "1.0986122886681098, 1.099",
            "100,                100.0",
            "0.5,                0.5000",
            "1,                  1.000",
            "-0.5,               -0.5000",
            "999.96,             1000",
            "0.001,              0.001000",
            "0.00099996,         0.001000",
            "123456.7,           123500"})
    void fixedSignificantDigits(double x, String expected) {
        assertEquals(expected, Numbers.format(x));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1e-7,                   1.000e-7",
            "1.0000000494736474e-07, 1.000e-7",
            "1.1920929e-07,          1.192e-7",
            "0.000123456,            1.235e-4",
            "-2.5e-9,                -2.500e-9",
            "1234567,                1.235e6",
            "999999.9,               1.000e6",
            "4.9e-324,               4.941e-324"})
    void scientificForTinyAndHugeValues(double x, String expected) {
        assertEquals(expected, Numbers.format(x));
    }

    @Test
    void widthStaysFixedAsAValueMovesThroughADecade() {
        // A slider moving p(true) from 0.4 to 0.9 (loss 0.92 to 0.11): trailing zeros are kept,
        // so every readout has the same width (e^-0.5 gives "0.5000", not "0.5").
        assertEquals("0.5000", Numbers.format(-Math.log(Math.exp(-0.5))));
        for (int percent = 40; percent <= 90; percent++) {
            double p = percent / 100.0;
            String s = Numbers.format(-Math.log(p));
            assertEquals(6, s.length(), () -> s + " for p = " + p);
        }
    }

    @Test
    void moreDigitsOnRequest() {
        assertEquals("0.38506088", Numbers.format(Seeds.MEAN, 8));
        assertEquals("16.118096", Numbers.format(Seeds.CAP, 8));
        assertEquals("1.4411566", Numbers.format(Seeds.TORCH_MEAN_FLOAT32, 8));
        assertEquals("0.900000", Numbers.format(0.9, 6));
    }

    @Test
    void nonFiniteValuesAreSpelledOut() {
        assertEquals("∞", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-∞", Numbers.format(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("0", Numbers.format(0.0));
    }

    @Test
    void asciiSpellsInfinityForFilesAndCode() {
        assertEquals("Infinity", Numbers.ascii(Double.POSITIVE_INFINITY, 4));
        assertEquals("-Infinity", Numbers.ascii(Double.NEGATIVE_INFINITY, 4));
        assertEquals("NaN", Numbers.ascii(Double.NaN, 4));
        assertEquals("0.3851", Numbers.ascii(Seeds.MEAN, 4));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1.0,                100%",
            "0.34,               34%",
            "0,                  0%",
            "0.6666666666666666, 66.7%",
            "0.125,              12.5%",
            "0.5,                50%"})
    void percent(double fraction, String expected) {
        assertEquals(expected, Numbers.percent(fraction));
    }

    @Test
    void percentOfNonFiniteValuesIsSpelledOut() {
        assertEquals("NaN", Numbers.percent(Double.NaN));
        assertEquals("∞", Numbers.percent(Double.POSITIVE_INFINITY));
        assertEquals("-∞", Numbers.percent(Double.NEGATIVE_INFINITY));
    }

    @Test
    void atLeastOneSignificantDigit() {
        assertEquals("0.4", Numbers.format(Seeds.MEAN, 1));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Seeds.MEAN, 0));
    }

    /**
     * The quick path (no BigDecimal) must give exactly what the exact rounding of the double's
     * binary value gives, for any magnitude and digit count: random doubles over many decades,
     * and values built to sit on or next to rounding ties and powers of ten.
     */
    @Property(tries = 200)
    void theQuickPathAgreesWithExactRounding(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int digits) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            double x;
            switch (i % 4) {
                case 0 -> x = Math.pow(10, r.nextDouble(-5, 8)) * (r.nextBoolean() ? 1 : -1);
                case 1 -> { // a tie in decimal (…5 in the digit after the last kept), and its neighbours
                    double m = (r.nextLong(1, (long) Math.pow(10, Math.min(digits, 9))) + 0.5)
                            * Math.pow(10, r.nextInt(-8, 4));
                    x = switch (r.nextInt(3)) {
                        case 0 -> m;
                        case 1 -> Math.nextUp(m);
                        default -> Math.nextDown(m);
                    };
                }
                case 2 -> { // powers of ten and their neighbours
                    double p = Math.pow(10, r.nextInt(-4, 7));
                    x = r.nextBoolean() ? Math.nextUp(p) : r.nextBoolean() ? Math.nextDown(p) : p;
                }
                default -> x = r.nextInt(-1000, 1000) / Math.pow(10, r.nextInt(0, 7)); // short decimals
            }
            if (x == 0) {
                continue;
            }
            assertEquals(Numbers.formatExact(x, digits), Numbers.format(x, digits), "x = " + x + ", digits = " + digits);
        }
    }
}
