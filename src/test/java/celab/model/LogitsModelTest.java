package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Numbers;
import celab.core.Precision;
import org.junit.jupiter.api.Test;

class LogitsModelTest {
    private final Lab lab = new Lab();
    private final LogitsModel m = lab.logits();

    @Test
    void startsAtTwoOneNoughtPointOneWithClassZeroTrue() {
        LogitsState s = m.getState();
        assertEquals(3, s.classes());
        assertEquals(0, s.target());
        // softmax([2, 1, 0.1]) = [0.659, 0.242, 0.0986]; loss = −log 0.659 = 0.417
        assertEquals(0.6590011, s.probability(0), 1e-6);
        assertEquals(0.2424329, s.probability(1), 1e-6);
        assertEquals(0.4170300, s.loss(), 1e-6);
        assertEquals(s.loss(), s.naive().loss(), 1e-12);
    }

    @Test
    void movingALogitChangesSoftmaxAndLoss() {
        m.setLogit(0, 5);
        LogitsState s = m.getState();
        double e = Math.exp(5) + Math.exp(1) + Math.exp(0.1);
        assertEquals(Math.exp(5) / e, s.probability(0), 1e-12);
        assertEquals(-Math.log(Math.exp(5) / e), s.loss(), 1e-12);
    }

    @Test
    void typedThousandBreaksTheNaivePathButNotTheStableOne() {
        m.setLogit(1, 1000);
        LogitsState s = m.getState();
        assertTrue(s.naive().broken());
        // exp(1000) = ∞: the big class gets ∞/∞ = NaN, the true class e²/∞ = 0 and −log 0 = ∞
        assertTrue(Double.isNaN(s.naive().probabilities()[1]));
        assertEquals(0.0, s.naive().probabilities()[0]);
        assertEquals(Double.POSITIVE_INFINITY, s.naive().loss());
        assertEquals(1000 - 2.0, s.loss(), 1e-9); // log Σ exp ≈ 1000, minus z_true = 2
        assertTrue(Double.isFinite(s.loss()));
    }

    @Test
    void float32BreaksTheNaivePathAt89ButFloat64DoesNot() {
        m.setLogit(0, 89);
        assertFalse(m.getState().naive().broken());
        lab.precisionProperty().set(Precision.FLOAT32);
        assertTrue(m.getState().naive().broken());
        assertEquals(Precision.FLOAT32, m.getState().precision());
        assertEquals(0.0, m.getState().loss(), 1e-6);
    }

    @Test
    void refusesLogitsBeyondAThousand() {
        assertThrows(IllegalArgumentException.class, () -> m.setLogit(0, 1000.5));
        assertThrows(IllegalArgumentException.class, () -> m.setLogit(0, Double.NaN));
        assertEquals(2.0, m.getState().logit(0));
        m.setLogit(0, -1000);
        assertEquals(-1000, m.getState().logit(0));
    }

    @Test
    void gradientIsSoftmaxMinusOneHotAndMatchesTheFiniteDifference() {
        m.setTarget(2);
        LogitsState s = m.getState();
        for (int j = 0; j < 3; j++) {
            assertEquals(s.probability(j) - (j == 2 ? 1 : 0), s.gradient(j), 1e-12);
            assertEquals(s.gradient(j), s.finiteDifference(j), 1e-8);
        }
    }

    @Test
    void pytorchExampleShowsItsLossesAndMean() {
        m.loadExample();
        LogitsState s = m.getState();
        assertTrue(m.isExample());
        assertEquals(4, s.rows());
        assertEquals("1.441", Numbers.format(s.batch().mean()));
        assertEquals(0.1689, s.batch().loss(0), 5e-5);
        assertEquals(1.9392, s.batch().loss(1), 5e-5);
        assertEquals(2.1769, s.batch().loss(2), 5e-5);
        assertEquals(1.4797, s.batch().loss(3), 5e-5);
        m.select(2);
        assertEquals(2, m.getState().target());
        assertEquals(2.1769, m.getState().loss(), 5e-5);
        m.setLogit(2, 3);
        assertTrue(m.getState().batch().mean() < 1.4411566, "raising the true logit of sample 2 lowers the mean");
        assertEquals(0.1689, m.getState().batch().loss(0), 5e-5);
    }

    @Test
    void changingClassCountLeavesTheExample() {
        m.loadExample();
        m.select(1);
        m.setClassCount(4);
        assertFalse(m.isExample());
        assertEquals(1, m.getState().rows());
        assertEquals(4, m.getState().classes());
        assertEquals(1, m.getState().target());
        assertEquals(0.5684312582015991, m.getState().logit(0));
        assertEquals(0.0, m.getState().logit(3));
    }

    @Test
    void resetRestoresTheStart() {
        m.loadExample();
        m.reset();
        assertFalse(m.isExample());
        assertEquals(0.4170300, m.getState().loss(), 1e-6);
    }
}
