package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Temperature scaling and the fitted T, against SciPy's bounded minimiser on PyTorch's loss
 * (/usr/bin/python3, torch 1.13, scipy 1.10):
 *
 * <pre>
 * lz = lambda T: float(F.cross_entropy(z / T, y))          # logits of the logistic regression
 * def lp(T):                                                # probabilities of the MLP
 *     q = torch.softmax(torch.log(p) / T, 1)
 *     return float(-torch.log(q[torch.arange(len(y)), y].clamp(1e-7, 1 - 1e-7)).mean())
 * minimize_scalar(lambda u: f(np.exp(u)), bounds=(np.log(0.05), np.log(20)), method="bounded",
 *                 options={"xatol": 1e-10})
 * # logreg logits: T* = 1.9154681835, loss 0.15094919818628111 (0.19922140635659716 at T = 1)
 * # mlp probs:     T* = 1.0282485090, loss 0.10836946810776069 (0.10844229354955957 at T = 1)
 * </pre>
 */
class TemperatureTest {

    @Test
    void fitFindsScipysTemperatureForTheDigitsLogits() throws Exception {
        Dataset d = DigitsData.load("digits-logreg-logits.csv", ScoreKind.LOGITS);
        Temperature.Fit fit = new Temperature(d).fit(Clipping.DEFAULT);
        assertEquals(1.9154681835, fit.temperature(), 1e-6);
        assertEquals(0.15094919818628111, fit.loss(), 1e-13);
        assertEquals(0.19922140635659716, fit.lossAtOne(), 1e-13);
        assertTrue(fit.evaluations() < 60, "golden section needs about 40 evaluations, took " + fit.evaluations());
    }

    @Test
    void fitFindsScipysTemperatureForTheDigitsProbabilities() throws Exception {
        Dataset d = DigitsData.load("digits-mlp-probabilities.csv", ScoreKind.PROBABILITIES);
        Temperature.Fit fit = new Temperature(d).fit(Clipping.DEFAULT);
        assertEquals(1.0282485090, fit.temperature(), 1e-6);
        assertEquals(0.10836946810776069, fit.loss(), 1e-13);
    }

    @Test
    void aCancelledFitReturnsNothing() throws Exception {
        Dataset d = DigitsData.load("digits-logreg-logits.csv", ScoreKind.LOGITS);
        assertNull(new Temperature(d).fit(Clipping.DEFAULT, () -> true));
    }

    @Test
    void logitsAtTemperatureOneAreTheCoreLogitsLoss() throws Exception {
        Dataset d = DigitsData.load("digits-logreg-logits.csv", ScoreKind.LOGITS);
        LossResult core = CrossEntropy.evaluateLogits(d.scores(), d.asTargets(), Precision.FLOAT64);
        assertEquals(core.mean(), new Temperature(d).meanLoss(1, Clipping.DEFAULT), 1e-14);
    }

    /** softmax(log p / T) of a probability row is softmax(z / T) of any logits z with p = softmax(z). */
    @Property(tries = 200)
    void probabilitiesAndTheirLogitsScaleAlike(@ForAll @DoubleRange(min = -8, max = 8) double z0,
                                               @ForAll @DoubleRange(min = -8, max = 8) double z1,
                                               @ForAll @DoubleRange(min = -8, max = 8) double z2,
                                               @ForAll @DoubleRange(min = 0.05, max = 20) double t) {
        double[] z = {z0, z1, z2};
        double[] p = Softmax.softmax(z);
        Dataset logits = Dataset.of(Matrix.of(z), ScoreKind.LOGITS, Matrix.of(new double[] {1}));
        Dataset probs = Dataset.of(Matrix.of(p), ScoreKind.PROBABILITIES, Matrix.of(new double[] {1}));
        double[] a = new Temperature(logits).probabilities(0, t);
        double[] b = new Temperature(probs).probabilities(0, t);
        for (int j = 0; j < 3; j++) {
            assertEquals(a[j], b[j], 1e-9);
        }
        assertEquals(Accuracy.argmax(z), Accuracy.argmax(a));
        assertEquals(new Temperature(logits).meanLoss(t, Clipping.OFF),
                new Temperature(probs).meanLoss(t, Clipping.OFF), 1e-8);
    }
}
