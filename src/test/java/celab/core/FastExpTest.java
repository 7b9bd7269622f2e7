package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The log-softmax's exp: as accurate as Math.exp, with Math.exp's special values. */
class FastExpTest {

    private static final MathContext MC = new MathContext(45);

    /** e^x to 45 digits: Taylor series of e^(x/1024), squared ten times. */
    private static BigDecimal exact(double x) {
        BigDecimal y = new BigDecimal(x).divide(BigDecimal.valueOf(1024), MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n < 40; n++) {
            term = term.multiply(y, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < 10; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }

    private static double ulpsFromExact(double value, BigDecimal exact) {
        return new BigDecimal(value).subtract(exact).abs()
                .divide(new BigDecimal(Math.ulp(exact.doubleValue())), MC).doubleValue();
    }

    /** Equal (∞, NaN and 0 included) or one ulp apart. */
    private static boolean withinOneUlp(double a, double b) {
        return Double.compare(a, b) == 0 || Math.abs(a - b) <= Math.ulp(b);
    }

    @Test
    void withinHalfAnUlpAndABitOfTheExactValue() {
        SplittableRandom random = new SplittableRandom(11);
        double worst = 0;
        for (int i = 0; i < 4_000; i++) {
            double x = switch (i % 4) {
                case 0 -> -40 * random.nextDouble();      // the log-softmax's usual range
                case 1 -> -random.nextDouble();
                case 2 -> 1400 * random.nextDouble() - 700;
                default -> 1e-3 * (random.nextDouble() - 0.5);
            };
            worst = Math.max(worst, ulpsFromExact(FastExp.exp(x), exact(x)));
        }
        assertTrue(worst <= 0.52, "worst error " + worst + " ulp");
    }

    @Test
    void agreesWithMathExpToOneUlp() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 1_000_000; i++) {
            double x = 1500 * random.nextDouble() - 750;
            double fast = FastExp.exp(x);
            double math = Math.exp(x);
            assertTrue(withinOneUlp(fast, math), x + ": " + fast + " vs " + math);
        }
    }

    @Test
    void specialValuesAndEdgesAreMathExps() {
        double[] xs = {0.0, -0.0, 1.0, -1.0, 699.999, -699.999, 700, -700, 709.78, 709.79, -745.1, -746,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE};
        for (double x : xs) {
            assertTrue(withinOneUlp(FastExp.exp(x), Math.exp(x)), "exp(" + x + ")");
        }
        assertEquals(1.0, FastExp.exp(0.0));
        assertEquals(1.0, FastExp.exp(-0.0));
        assertEquals(Math.E, FastExp.exp(1.0));
        assertEquals(0.0, FastExp.exp(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
    }
}
