package celab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The "Your data" numbers on the digits example, against values computed independently with
 * /usr/bin/python3 (torch 1.13, scikit-learn 1.2, numpy) from the same files:
 *
 * <pre>
 * z = torch.tensor(np.loadtxt("assets/data/digits-logreg-logits.csv", delimiter=","))
 * y = torch.tensor(np.loadtxt("assets/data/digits-targets.csv", dtype=np.int64))
 * F.cross_entropy(z, y)                         # 0.19922140635659716
 * (z.argmax(1) == y).double().mean()            # 0.9566184649610678
 * sklearn.metrics.confusion_matrix(y, z.argmax(1)).diagonal()   # [88, 89, 87, 85, 87, 84, 85, 89, 78, 88]
 * l = F.cross_entropy(z, y, reduction="none"); l[y == 8].mean()  # 0.341479541334822
 * torch.argsort(-l)[:3], l[...]                 # [206, 207, 727], 14.173744457823968, 12.872276574084252, 10.76513935530985
 * ECE, 10 bins (lo, hi] as Guo et al.:          # 0.023464159835370566 at T = 1, 0.010057701187474666 at T = 1.7
 * </pre>
 */
class DataAnalysisTest {

    private static DataAnalysis analyse(Dataset d, double t) {
        return DataAnalysis.of(d, new Temperature(d), t, Clipping.DEFAULT);
    }

    @Test
    void digitsLogisticRegressionMatchesPyTorchAndScikitLearn() throws Exception {
        Dataset d = DigitsData.load("digits-logreg-logits.csv", ScoreKind.LOGITS);
        DataAnalysis a = analyse(d, 1);
        assertEquals(899, a.result().size());
        assertEquals(0.19922140635659716, a.result().mean(), 1e-13);
        assertEquals(0.9566184649610678, a.result().accuracy(), 1e-15);
        int[] diagonal = {88, 89, 87, 85, 87, 84, 85, 89, 78, 88};
        int[] rows = {89, 91, 88, 92, 91, 91, 91, 89, 87, 90};
        for (int k = 0; k < 10; k++) {
            assertEquals(diagonal[k], a.classes().confusion(k, k), "diagonal " + k);
            assertEquals(rows[k], a.classes().count(k), "class " + k);
            assertEquals((double) diagonal[k] / rows[k], a.classes().accuracy(k), 1e-15);
        }
        assertEquals(3, a.classes().confusion(3, 8));
        assertEquals(0.341479541334822, a.classes().meanLoss(8), 1e-12);
        int[] worst = a.worst();
        assertEquals(200, worst.length);
        assertArrayEquals(new int[] {206, 207, 727}, java.util.Arrays.copyOf(worst, 3));
        assertEquals(14.173744457823968, a.result().loss(206), 1e-11);
        assertEquals(12.872276574084252, a.result().loss(207), 1e-11);
        assertEquals(10.76513935530985, a.result().loss(727), 1e-11);
        assertEquals(14.173744457823968 / (899 * 0.19922140635659716), a.share(206), 1e-12);
        assertEquals(0.023464159835370566, a.reliability().ece(), 1e-12);
    }

    @Test
    void temperatureMovesTheLossAndCalibrationButNotTheAccuracy() throws Exception {
        Dataset d = DigitsData.load("digits-logreg-logits.csv", ScoreKind.LOGITS);
        DataAnalysis hot = analyse(d, 1.7);
        assertEquals(0.15277962783319754, hot.result().mean(), 1e-13);
        assertEquals(0.010057701187474666, hot.reliability().ece(), 1e-12);
        assertEquals(0.9566184649610678, hot.result().accuracy(), 1e-15);
        DataAnalysis cold = analyse(d, 0.3);
        assertEquals(hot.result().accuracy(), cold.result().accuracy());
        assertTrue(cold.result().mean() > hot.result().mean());
        double[] q = hot.probabilities(206);
        assertEquals(1.0, java.util.Arrays.stream(q).sum(), 1e-12);
        assertEquals(hot.result().pTrue(206), q[d.target(206)], 1e-15);
    }

    @Test
    void probabilitiesAtTemperatureOneAreTheCoreLoss() throws Exception {
        Dataset d = DigitsData.load("digits-mlp-probabilities.csv", ScoreKind.PROBABILITIES);
        DataAnalysis a = analyse(d, 1);
        LossResult core = CrossEntropy.evaluate(d.scores(), d.asTargets(), Clipping.DEFAULT);
        assertArrayEquals(core.perSample(), a.result().perSample());
        // torch: -log(p[range(N), y].clamp(1e-7, 1 - 1e-7)).mean()
        assertEquals(0.10844229354955957, a.result().mean(), 1e-13);
        // the ECE of predict_proba with 10 bins (lo, hi]
        assertEquals(0.012664763318971605, a.reliability().ece(), 1e-12);
        assertEquals(0.9655172413793104, a.result().accuracy(), 1e-15);
    }

    @Test
    void clippingEffectMatchesClampingInPyTorch() throws Exception {
        Dataset d = DigitsData.load("digits-mlp-probabilities.csv", ScoreKind.PROBABILITIES);
        ClippingEffect c = analyse(d, 1).clipping();
        // -torch.log(pt.clamp(eps, 1 - eps)).mean()
        assertEquals(0.10844229354955957, c.meanLoss(1e-7), 1e-13);
        assertEquals(0.10600469465188428, c.meanLoss(1e-3), 1e-13);
        assertEquals(0.17036052069538268, c.meanLoss(0.1), 1e-13);
        assertEquals(0, c.clipped(1e-7));
        assertEquals(1, c.below(1e-3));
    }

    @Test
    void worstKeepsTheLargestLossesInOrderWithTiesToTheEarlierSample() {
        double[] losses = {0.5, 3, 1, 3, 0.1, 2};
        assertArrayEquals(new int[] {1, 3, 5}, DataAnalysis.worst(losses, 3));
        assertArrayEquals(new int[] {1, 3, 5, 2, 0, 4}, DataAnalysis.worst(losses, 10));
        assertArrayEquals(new int[0], DataAnalysis.worst(losses, 0));
    }

    @Test
    void softLabelsAreRefusedWithTheirRowAndColumn() {
        Matrix p = Matrix.of(new double[] {0.6, 0.4}, new double[] {0.3, 0.7});
        Matrix soft = Matrix.of(new double[] {1, 0}, new double[] {0.5, 0.5});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Dataset.of(p, ScoreKind.PROBABILITIES, soft));
        assertEquals("targets", e.problem().source());
        assertEquals(1, e.problem().row());
        assertEquals(0, e.problem().column());
        Dataset oneHot = Dataset.of(p, ScoreKind.PROBABILITIES, Matrix.of(new double[] {0, 1}, new double[] {1, 0}));
        assertArrayEquals(new int[] {1, 0}, oneHot.targets());
    }

    @Test
    void kindIsDetectedFromTheValues() {
        assertEquals(ScoreKind.PROBABILITIES, ScoreKind.detect(Matrix.of(new double[] {0.2, 0.8}, new double[] {1, 0})));
        assertEquals(ScoreKind.LOGITS, ScoreKind.detect(Matrix.of(new double[] {0.2, 0.8}, new double[] {2, -1})));
        assertEquals(ScoreKind.LOGITS, ScoreKind.detect(Matrix.of(new double[] {0.2, 0.3})));
    }
}
