package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming loss against PyTorch 1.13 (float64). The reference numbers were made with
 * /usr/bin/python3 and torch:
 * <pre>
 * p  = torch.tensor([[0.7,0.1,0.2],[0.1,0.5,0.4],[0.02,0.9,0.08]], dtype=torch.float64)
 * lp = torch.log(torch.clamp(p, 1e-7, 1 - 1e-7)); t = torch.tensor([0, 1, 1])
 * w  = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
 * F.nll_loss(lp, t, weight=w, reduction=...)                               # weights
 * F.cross_entropy(lp, t, weight=w, label_smoothing=0.1, reduction=...)     # rows sum to 1, so
 *                                                                          # log_softmax(lp) = lp
 * torch.manual_seed(0); z = torch.randn(4, 3).double(); tz = [0, 1, 2, 1]; wz = [0.2, 1.0, 3.0]
 * F.cross_entropy(z, tz, weight=wz, label_smoothing=0.2, reduction=...)    # logits
 * y = [[0.5,0.5,0],[0,1,0],[0.1,0.8,0.1]]; F.cross_entropy(lp, y, weight=w, label_smoothing=0.1)
 * </pre>
 */
class StreamingLossTest {

    static final double[][] P = {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}};
    static final int[] T = {0, 1, 1};
    static final double[] W = {1.0, 2.0, 0.5};
    static final double[][] Z = {
        {1.5409960746765137, -0.293428897857666, -2.1787893772125244},
        {0.5684312582015991, -1.0845223665237427, -1.3985954523086548},
        {0.40334683656692505, 0.8380263447761536, -0.7192575931549072},
        {-0.40334352850914, -0.5966353416442871, 0.18203648924827576}};
    static final int[] TZ = {0, 1, 2, 1};
    static final double[] WZ = {0.2, 1.0, 3.0};
    static final double[][] Y = {{0.5, 0.5, 0.0}, {0.0, 1.0, 0.0}, {0.1, 0.8, 0.1}};

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
    }

    private static StreamingLoss run(double[][] rows, int[] t, boolean logits, double smoothing, double[] w,
                                     LogBase base, double[] perSample) {
        StreamingLoss loss = new StreamingLoss(rows[0].length, logits, Clipping.DEFAULT, smoothing, w, base);
        for (int i = 0; i < rows.length; i++) {
            double l = loss.add(rows[i], 0, t[i]);
            if (perSample != null) {
                close(perSample[i], l);
            }
        }
        return loss;
    }

    @Test
    void plainLossIsTheSeedsNumbers() {
        StreamingLoss loss = run(P, T, false, 0, null, LogBase.E,
                new double[] {0.35667494393873245, 0.6931471805599453, 0.10536051565782628});
        assertEquals(0.38506088005216804, loss.mean()); // NumPy's np.mean, to the last bit
        close(1.155182640156504, loss.sum());
        assertEquals(1.0, loss.accuracy());
        assertEquals(3, loss.count());
    }

    @Test
    void classWeightsAsPyTorch() {
        StreamingLoss loss = run(P, T, false, 0, W, LogBase.E,
                new double[] {0.35667494393873245, 1.3862943611198906, 0.21072103131565256});
        close(0.3907380672748551, loss.mean());
        close(1.9536903363742755, loss.sum());
        close(5.0, loss.weightSum());
        close(0.3907380672748551, loss.reduced(Reduction.MEAN));
        close(1.9536903363742755, loss.reduced(Reduction.SUM));
        assertEquals(Double.NaN, loss.reduced(Reduction.NONE));
    }

    @Test
    void labelSmoothingAsPyTorch() {
        StreamingLoss plain = run(P, T, false, 0.1, null, LogBase.E,
                new double[] {0.46329738119042174, 0.7542332293515557, 0.3129282029385178});
        close(0.5101529378268317, plain.mean());
        close(1.5304588134804953, plain.sum());
        StreamingLoss weighted = run(P, T, false, 0.1, W, LogBase.E,
                new double[] {0.5132262524163216, 1.3858990856762685, 0.36916920681401794});
        close(0.4536589089813216, weighted.mean());
        close(2.2682945449066083, weighted.sum());
    }

    @Test
    void logitsWithWeightsAndSmoothingAsPyTorch() {
        StreamingLoss plain = run(Z, TZ, true, 0, null, LogBase.E,
                new double[] {0.1688516418358813, 1.9391513117810475, 2.1768813082713336, 1.4797422636358193});
        close(1.4411566313810205, plain.mean());
        StreamingLoss both = run(Z, TZ, true, 0.2, WZ, LogBase.E,
                new double[] {0.9405468109545407, 2.1350586522175092, 5.715254917908813, 1.439810054373037});
        close(1.967436622202673, both.mean());
        close(10.230670435453899, both.sum());
        StreamingLoss weighted = run(Z, TZ, true, 0, WZ, LogBase.E,
                new double[] {0.033770328367176264, 1.9391513117810475, 6.530643924814001, 1.4797422636358193});
        close(1.9198668901150082, weighted.mean());
        assertEquals(0.25, weighted.accuracy());
    }

    @Test
    void softLabelsDivideByNAsPyTorch() {
        StreamingLoss loss = new StreamingLoss(3, false, Clipping.DEFAULT, 0.1, W, LogBase.E);
        StreamingLoss plain = new StreamingLoss(3, false, Clipping.DEFAULT, 0, null, LogBase.E);
        for (int i = 0; i < 3; i++) {
            loss.add(P[i], 0, Y[i], 0);
            plain.add(P[i], 0, Y[i], 0);
        }
        close(1.5359758258914689, loss.mean());
        close(4.607927477674407, loss.sum());
        close(0.9169469255087451, plain.mean());
        close(2.7508407765262355, plain.sum());
        assertEquals(1, plain.lastTrue()); // argmax of [0.1, 0.8, 0.1]
    }

    @Test
    void bitsAreNatsOverLn2() {
        // F.nll_loss(lp, t) / np.log(2)
        close(0.5555254220916027, run(P, T, false, 0, null, LogBase.TWO, null).mean());
    }

    @Test
    void indexTargetsAndOneHotRowsAgreeWithoutWeights() {
        Random rnd = new Random(3);
        StreamingLoss byIndex = new StreamingLoss(5, false, Clipping.DEFAULT, 0.05, null, LogBase.E);
        StreamingLoss byRow = new StreamingLoss(5, false, Clipping.DEFAULT, 0.05, null, LogBase.E);
        for (int i = 0; i < 1000; i++) {
            double[] p = new double[5];
            double s = 0;
            for (int c = 0; c < 5; c++) {
                p[c] = rnd.nextDouble();
                s += p[c];
            }
            for (int c = 0; c < 5; c++) {
                p[c] /= s;
            }
            int t = rnd.nextInt(5);
            double[] y = new double[5];
            y[t] = 1;
            close(byIndex.add(p, 0, t), byRow.add(p, 0, y, 0));
        }
        close(byIndex.mean(), byRow.mean());
    }

    @Test
    void pTrueAndClippingOfTheLastSample() {
        StreamingLoss loss = new StreamingLoss(2, false, Clipping.DEFAULT, 0, null, LogBase.E);
        loss.add(new double[] {1.0, 0.0}, 0, 1);
        assertEquals(0.0, loss.lastPTrue());
        assertEquals(1e-7, loss.lastPTrueUsed());
        assertEquals(0, loss.lastPredicted());
        close(-Math.log(1e-7), loss.sum());
    }

    @Test
    void badWeightsAreRefused() {
        assertEquals("2 class weights for 3 classes; give one weight per class",
                assertThrows(IllegalArgumentException.class,
                        () -> new StreamingLoss(3, false, Clipping.DEFAULT, 0, new double[] {1, 2}, LogBase.E))
                        .getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new StreamingLoss(2, false, Clipping.DEFAULT, 0, new double[] {1, -1}, LogBase.E));
        assertThrows(IllegalArgumentException.class,
                () -> new StreamingLoss(2, false, Clipping.DEFAULT, 1.5, null, LogBase.E));
    }

    @Test
    void pairwiseSumMatchesAPlainLoopUpToABlockAndStaysAccurateBeyond() {
        PairwiseSum s = new PairwiseSum();
        double plain = 0;
        for (int i = 0; i < PairwiseSum.BLOCK; i++) {
            double x = 0.1 * (i % 7) + 1e-3;
            s.add(x);
            plain += x;
            assertEquals(plain, s.value());
        }
        PairwiseSum big = new PairwiseSum();
        int n = 10_000_000;
        for (int i = 0; i < n; i++) {
            big.add(0.1);
        }
        // A plain loop drifts to 999999.9998389754; pairwise summation stays within a few ulps.
        assertEquals(1_000_000.0, big.value(), 1e-8);
        PairwiseSum inf = new PairwiseSum();
        inf.add(1);
        inf.add(Double.POSITIVE_INFINITY);
        assertEquals(Double.POSITIVE_INFINITY, inf.value());
    }
}
