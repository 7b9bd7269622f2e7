package celab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The float32 computation the lab uses to show what single precision does to the loss. */
class Float32Test {

    private static final Matrix BATCH = Matrix.of("predictions", Seeds.SOFTMAX_OUTPUTS);

    /** One unit in the last place of a float32 value, as a double. */
    private static double ulp32(double x) {
        return Math.ulp((float) x);
    }

    private static void assertRepresentableInFloat32(double x) {
        assertEquals(x, (double) (float) x, 0.0, () -> x + " is not a float32 value");
    }

    @Test
    void oneMinusEpsilonIs0_99999988InFloat32() {
        assertEquals(Seeds.FLOAT32_ONE_MINUS_EPS, 1.0f - (float) 1e-7);
        assertEquals(Seeds.FLOAT32_ONE_MINUS_EPS, Clipping.DEFAULT.apply(1.0f));
        assertEquals(Seeds.FLOAT32_ONE_MINUS_EPS, Clipping.DEFAULT.apply(1.0f + 1e-6f));
        // In float64 the same clip keeps seven 9s.
        assertEquals(0.9999999, Clipping.DEFAULT.apply(1.0), 0.0);
    }

    @Test
    void float32FloorIsAbout1_1920929e_07() {
        double floor = CrossEntropy.loss(1.0, Clipping.DEFAULT, Precision.FLOAT32);

        // Issue 2 quotes PyTorch's 1.1920929e-07; Java's log is correctly rounded and lands one
        // float32 ulp above it (NumPy's float32 log agrees with Java: 1.192093e-07).
        assertEquals(Seeds.FLOAT32_FLOOR, floor, ulp32(Seeds.FLOAT32_FLOOR));
        // Independent value: x = 1 - 0.99999988 = 2^-23 and -log(1 - x) = x + x²/2 + x³/3 + ...
        double x = 1.0 - (double) Seeds.FLOAT32_ONE_MINUS_EPS;
        assertEquals(Math.scalb(1.0, -23), x, 0.0);
        assertEquals((float) (x + x * x / 2 + x * x * x / 3), (float) floor);
        assertRepresentableInFloat32(floor);
        // float32's floor is ~19% above float64's 1.0000000494736474e-07.
        assertNotEquals(Seeds.FLOOR, floor, 1e-8);
    }

    @Test
    void clippingReportsTheFloorAndCapOfEachPrecision() {
        assertEquals(CrossEntropy.loss(1.0, Clipping.DEFAULT, Precision.FLOAT32),
                Clipping.DEFAULT.floor(Precision.FLOAT32), 0.0);
        assertEquals(CrossEntropy.loss(0.0, Clipping.DEFAULT, Precision.FLOAT32),
                Clipping.DEFAULT.cap(Precision.FLOAT32), 0.0);
        assertEquals(Clipping.DEFAULT.floor(), Clipping.DEFAULT.floor(Precision.FLOAT64), 0.0);
        assertEquals(Clipping.DEFAULT.cap(), Clipping.DEFAULT.cap(Precision.FLOAT64), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, Clipping.OFF.cap(Precision.FLOAT32));
        assertEquals(0.0, Clipping.OFF.floor(Precision.FLOAT32));
    }

    @Test
    void float32CapIsMinusLogOfEpsilonRoundedToFloat() {
        // np.float32(-np.log(np.float32(1e-7))) and -torch.log(torch.tensor(1e-7)): 16.118095
        double cap = CrossEntropy.loss(0.0, Clipping.DEFAULT, Precision.FLOAT32);

        assertEquals(16.11809539794922, cap, 0.0);
        assertEquals(Seeds.CAP, cap, ulp32(Seeds.CAP));
    }

    @Test
    void seedBatchInFloat32IsCloseToFloat64AndMadeOfFloats() {
        LossResult r = CrossEntropy.evaluate(BATCH, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT,
                Precision.FLOAT32);

        for (int i = 0; i < 3; i++) {
            // 0.9 is 0.89999998 as a float, which alone moves -log by 2.5e-8.
            assertEquals(Seeds.PER_SAMPLE[i], r.loss(i), 1e-7);
            assertRepresentableInFloat32(r.loss(i));
        }
        assertEquals(Seeds.MEAN, r.mean(), 2 * ulp32(Seeds.MEAN));
        assertRepresentableInFloat32(r.mean());
        assertRepresentableInFloat32(r.sum());
        assertEquals(Precision.FLOAT32, r.precision());
    }

    @Test
    void indexAndOneHotTargetsAgreeExactlyInFloat32() {
        double[] byIndex = CrossEntropy.perSample(BATCH, Targets.indices(Seeds.CLASS_TARGETS), Clipping.DEFAULT,
                Precision.FLOAT32);
        double[] byOneHot = CrossEntropy.perSample(BATCH, Targets.rows(Seeds.ONE_HOT_TARGETS), Clipping.DEFAULT,
                Precision.FLOAT32);

        assertArrayEquals(byIndex, byOneHot, 0.0);
    }

    @Test
    void softLabelRowIsAccumulatedInFloat32() {
        // np.float32 and torch.float32 both give -(y * log(p)).sum() = 1.4465231895446777 for
        // this row; accumulating the terms in float64 and rounding once lands one ulp higher.
        // The row sums to 0.999: computed as given, with a warning.
        Matrix p = Matrix.of("predictions", new double[][] {{0.108, 0.283, 0.608}});
        Targets y = Targets.rows(new double[] {0.35, 0.45, 0.2});

        LossResult r = CrossEntropy.evaluate(p, y, Clipping.DEFAULT, Precision.FLOAT32);

        assertEquals(1.4465231895446777, r.loss(0), 0.0);
        assertEquals(1, r.warnings().size());
    }

    @Test
    void torchLogitsExampleInFloat32() {
        Matrix logits = Matrix.of("logits", Seeds.TORCH_LOGITS);
        LossResult r = CrossEntropy.evaluateLogits(logits, Targets.indices(Seeds.TORCH_TARGETS), Precision.FLOAT32);

        for (int i = 0; i < 4; i++) {
            // Printed with 8 decimals by torch; allow that rounding plus one float32 ulp.
            assertEquals(Seeds.TORCH_PER_SAMPLE[i], r.loss(i), 5e-9 + ulp32(Seeds.TORCH_PER_SAMPLE[i]));
            assertRepresentableInFloat32(r.loss(i));
        }
        assertEquals(Seeds.TORCH_MEAN_FLOAT32, r.mean(), ulp32(Seeds.TORCH_MEAN_FLOAT32));
        assertRepresentableInFloat32(r.mean());
    }

    @Test
    void torchSoftLabelLogitsInFloat32() {
        // F.cross_entropy(torch.randn(4, 3) after manual_seed(0), probability targets) in float32.
        double[][] y = {{0.35, 0.45, 0.2}, {0.5, 0.25, 0.25}, {0.1, 0.1, 0.8}, {0.0, 0.3, 0.7}};
        double[] expected = {1.73829984664917, 1.1911927461624146, 1.9088925123214722, 0.9346719980239868};
        LossResult r = CrossEntropy.evaluateLogits(Matrix.of("logits", Seeds.TORCH_LOGITS), Targets.rows(y),
                Precision.FLOAT32);

        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], r.loss(i), 2 * ulp32(expected[i]));
            assertRepresentableInFloat32(r.loss(i));
        }
        assertEquals(1.443264365196228, r.mean(), 2 * ulp32(1.443264365196228));
    }

    @Test
    void float32StableSoftmaxOfTheTorchLogitsSumsToOneWithinFloatPrecision() {
        for (double[] z : Seeds.TORCH_LOGITS) {
            double[] s = Softmax.softmax(z, Precision.FLOAT32);
            double sum = 0;
            for (double v : s) {
                assertRepresentableInFloat32(v);
                sum += v;
            }
            assertEquals(1.0, sum, 3 * Math.ulp(1.0f));
        }
    }
}
