package celab.core;

/**
 * exp(x) for the log-softmax hot loop: faster there than {@link Math#exp} (the JIT inlines it,
 * while Math.exp is a call into a stub) and at least as accurate: at most 0.51 ulp from the
 * exact value (Math.exp allows 1 ulp), so the logits path's loss changes at most in its last bit.
 *
 * <p>exp(x) = 2^(k/128) · exp(r) with k = round(x·128/ln 2) and |r| ≤ ln 2/256. 2^(j/128) comes
 * from a table kept as a high and a low double, exp(r) − 1 from a degree-5 polynomial (error
 * below 1e-18 on that range), and 2^(k div 128) is added to the exponent bits. Arguments with
 * |x| ≥ 700, NaN and infinities go to Math.exp, so overflow, underflow and subnormals are
 * exactly Math.exp's.
 */
final class FastExp {

    private static final int BITS = 7;
    private static final int SIZE = 1 << BITS;
    private static final double[] HI = new double[SIZE];
    private static final double[] LO = new double[SIZE];
    private static final double INV_STEP = SIZE / Math.log(2);
    /** ln 2 / 128 split so that k · STEP_HI is exact for |k| < 2^21 (fdlibm's ln2_hi, ln2_lo). */
    private static final double STEP_HI = 0x1.62e42fee00000p-1 / SIZE;
    private static final double STEP_LO = 0x1.a39ef35793c76p-33 / SIZE;
    /** 1.5 · 2^52: adding it rounds to an integer held in the low bits of the sum. */
    private static final double SHIFT = 0x1.8p52;
    /** Beyond this the scaled result could leave the normal range; Math.exp handles it. */
    private static final double LIMIT = 700;

    static {
        // hi = 2^(j/128) rounded; lo = the rest, from one Newton step on x^128 = 2^j with
        // hi^128 in double-double (exact products by fma), so hi + lo is good to ~1e-30.
        for (int j = 0; j < SIZE; j++) {
            double hi = StrictMath.pow(2, (double) j / SIZE);
            double pHi = hi;
            double pLo = 0;
            for (int s = 0; s < BITS; s++) {
                double square = pHi * pHi;
                double error = Math.fma(pHi, pHi, -square) + 2 * pHi * pLo;
                pHi = square + error;
                pLo = error - (pHi - square);
            }
            double target = Math.scalb(1.0, j);
            HI[j] = hi;
            LO[j] = hi * (((target - pHi) - pLo) / (SIZE * pHi));
        }
    }

    private FastExp() {
    }

    /** e^x, within 0.51 ulp; special values exactly as {@link Math#exp}. */
    static double exp(double x) {
        if (!(Math.abs(x) < LIMIT)) {
            return Math.exp(x);
        }
        double kd = x * INV_STEP + SHIFT;
        long k = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = (x - kd * STEP_HI) - kd * STEP_LO;
        int j = (int) k & (SIZE - 1);
        double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))));
        double hi = HI[j];
        double v = hi + (hi * p + LO[j]);
        // The shift's own bits leave the 64-bit word; what stays adds k div 128 to the exponent.
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) + ((k >> BITS) << 52));
    }
}
