package celab.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainerTest {

    /** Epochs until loss < 0.5 and accuracy > 0.8, or −1 if not within {@code limit}. */
    private static int epochsToLearn(Trainer t, int limit) {
        while (t.epoch() <= limit) {
            if (t.loss() < 0.5 && t.accuracy() > 0.8) {
                return t.epoch();
            }
            t.step();
        }
        return -1;
    }

    @Test
    void momentumLearnsTheSeedsSpiralWithin2000Epochs() {
        Trainer t = new Trainer(SpiralData.generate(100, 3, 0), 64, 0, Optimizer.Kind.MOMENTUM, 0.5);
        assertEquals(Math.log(3), t.loss(), 1e-3);
        int epochs = epochsToLearn(t, 2000);
        assertTrue(epochs > 0, "loss " + t.loss() + ", accuracy " + t.accuracy() + " after 2000 epochs");
    }

    @Test
    void plainGradientDescentLearnsItToo() {
        Trainer t = new Trainer(SpiralData.generate(100, 3, 2), 64, 2, Optimizer.Kind.GRADIENT_DESCENT, 3.0);
        int epochs = epochsToLearn(t, 4500);
        assertTrue(epochs > 0, "loss " + t.loss() + ", accuracy " + t.accuracy() + " after 4500 epochs");
    }

    @Test
    void adamLearnsIt() {
        Trainer t = new Trainer(SpiralData.generate(100, 3, 1), 64, 1, Optimizer.Kind.ADAM, 0.05);
        assertTrue(epochsToLearn(t, 1500) > 0, "loss " + t.loss() + ", accuracy " + t.accuracy());
    }

    @Test
    void trainingIsDeterministic() {
        Trainer a = new Trainer(SpiralData.generate(100, 3, 4), 64, 4, Optimizer.Kind.MOMENTUM, 0.5);
        Trainer b = new Trainer(SpiralData.generate(100, 3, 4), 64, 4, Optimizer.Kind.MOMENTUM, 0.5);
        for (int i = 0; i < 300; i++) {
            a.step();
            b.step();
            assertEquals(a.loss(), b.loss(), 0.0, "epoch " + a.epoch());
        }
        assertArrayEquals(a.network().parameters().toArray(), b.network().parameters().toArray(), 0.0);
    }

    @Test
    void lossFallsInTheFirstHundredEpochs() {
        Trainer t = new Trainer(SpiralData.generate(100, 3, 0), 64, 0, Optimizer.Kind.MOMENTUM, 0.5);
        double first = t.loss();
        t.steps(100);
        assertEquals(100, t.epoch());
        assertTrue(t.loss() < first - 0.01, first + " → " + t.loss());
    }

    @Test
    void gradientDescentStepIsThetaMinusRateTimesGradient() {
        Parameters theta = Network.initial(2, 3, 2, 1).parameters();
        Parameters g = Network.initial(2, 3, 2, 2).parameters();
        Parameters next = Optimizer.Kind.GRADIENT_DESCENT.create().step(theta, g, 0.5);
        for (int i = 0; i < theta.size(); i++) {
            assertEquals(theta.get(i) - 0.5 * g.get(i), next.get(i), 0.0);
        }
    }

    @Test
    void adamsFirstStepMovesEachParameterByTheRateAgainstTheGradientSign() {
        Parameters theta = Network.initial(2, 3, 2, 1).parameters();
        double[] gv = new double[theta.size()];
        for (int i = 0; i < gv.length; i++) {
            gv[i] = (i % 3 == 0 ? 0 : 0.1 * (i + 1)) * (i % 2 == 0 ? 1 : -1);
        }
        Parameters g = new Parameters(2, 3, 2, gv);
        Parameters next = Optimizer.Kind.ADAM.create().step(theta, g, 0.01);
        for (int i = 0; i < theta.size(); i++) {
            double expected = g.get(i) == 0 ? 0 : -0.01 * Math.signum(g.get(i));
            assertEquals(expected, next.get(i) - theta.get(i), 1e-6, "parameter " + i);
        }
    }

    @Test
    void learningRateMustBePositive() {
        SpiralData d = SpiralData.generate(10, 2, 0);
        assertThrows(IllegalArgumentException.class, () -> new Trainer(d, 4, 0, Optimizer.Kind.ADAM, 0));
        Trainer t = new Trainer(d, 4, 0, Optimizer.Kind.ADAM, 0.1);
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(Double.NaN));
        assertEquals(0.1, t.learningRate());
    }

    @Test
    void historyStaysBoundedAndEvenlySpaced() {
        History h = new History();
        for (int e = 0; e <= 10_000; e++) {
            h.add(e, 1.0 / (e + 1), 0.5);
        }
        assertTrue(h.size() <= History.CAPACITY);
        assertTrue(h.size() > History.CAPACITY / 2);
        assertEquals(0, h.epoch(0));
        int step = h.epoch(1) - h.epoch(0);
        assertEquals(8, step); // 10,001 epochs into 2048 slots: strides 1 → 2 → 4 → 8
        for (int i = 1; i < h.size(); i++) {
            assertEquals(step, h.epoch(i) - h.epoch(i - 1));
            assertEquals(1.0 / (h.epoch(i) + 1), h.loss(i));
        }
    }

    @Test
    void snapshotHistoryIsACopy() {
        Trainer t = new Trainer(SpiralData.generate(20, 2, 0), 4, 0, Optimizer.Kind.ADAM, 0.05);
        TrainingSnapshot s = t.snapshot();
        t.steps(5);
        assertEquals(1, s.history().size());
        assertEquals(6, t.snapshot().history().size());
        assertEquals(0, s.epoch());
    }
}
