package celab.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Matrix;
import celab.core.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTest {

    private static double loss(Network net, SpiralData d) {
        return net.forward(d.points()).evaluate(d.labels()).mean();
    }

    @Test
    void gradientsMatchCentralFiniteDifferencesForEveryParameter() {
        SpiralData d = SpiralData.generate(12, 3, 5);
        // Train a little first so that the weights are not all tiny and some ReLUs are off.
        Trainer t = new Trainer(d, 6, 11, Optimizer.Kind.MOMENTUM, 0.5);
        t.steps(40);
        Network net = t.network();
        Parameters g = net.forward(d.points()).gradients(d.labels());
        Parameters p = net.parameters();
        double h = 1e-6;
        double worst = 0;
        for (int i = 0; i < p.size(); i++) {
            double up = loss(net.with(p.with(i, p.get(i) + h)), d);
            double down = loss(net.with(p.with(i, p.get(i) - h)), d);
            double numeric = (up - down) / (2 * h);
            double err = Math.abs(numeric - g.get(i));
            worst = Math.max(worst, err);
            assertEquals(numeric, g.get(i), 1e-7 + 1e-5 * Math.abs(numeric), "parameter " + i);
        }
        assertTrue(worst < 1e-7, "largest difference " + worst);
        // and the gradient is not trivially zero
        double norm = 0;
        for (int i = 0; i < g.size(); i++) {
            norm += g.get(i) * g.get(i);
        }
        assertTrue(norm > 1e-6, "gradient norm² " + norm);
    }

    @Test
    void gradientOfTheOutputBiasIsTheMeanOfSoftmaxMinusOneHot() {
        SpiralData d = SpiralData.generate(10, 3, 1);
        Network net = Network.initial(2, 4, 3, 2);
        Network.Pass pass = net.forward(d.points());
        Parameters g = pass.gradients(d.labels());
        Parameters shape = net.parameters();
        for (int j = 0; j < 3; j++) {
            double s = 0;
            for (int i = 0; i < d.size(); i++) {
                s += pass.probabilities().get(i, j) - (d.label(i) == j ? 1 : 0);
            }
            assertEquals(s / d.size(), g.b2(j), 1e-15);
        }
        assertEquals(Parameters.count(2, 4, 3), shape.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void beforeTrainingTheLossIsLnCBecauseTheOutputsAreNearlyUniform(int classes) {
        SpiralData d = SpiralData.generate(100, classes, 0);
        Network net = Network.initial(2, 64, classes, 0);
        Network.Pass pass = net.forward(d.points());
        for (int i = 0; i < d.size(); i++) {
            for (int j = 0; j < classes; j++) {
                assertEquals(1.0 / classes, pass.probabilities().get(i, j), 1e-3);
            }
        }
        assertEquals(Math.log(classes), pass.evaluate(d.labels()).mean(), 1e-3);
    }

    @Test
    void theSeedsFirstLossIsAbout1point0986() {
        assertEquals(1.0986, loss(Network.initial(2, 64, 3, 0), SpiralData.generate(100, 3, 0)), 1e-3);
        assertEquals(1.0986, loss(Network.initial(2, 3, 3, 9), SpiralData.generate(100, 3, 9)), 1e-3);
    }

    @Test
    void beforeTrainingAccuracyIsAboutOneInC() {
        double sum = 0;
        for (long seed = 0; seed < 8; seed++) {
            SpiralData d = SpiralData.generate(100, 3, seed);
            double acc = Network.initial(2, 64, 3, seed).forward(d.points()).evaluate(d.labels()).accuracy();
            assertTrue(acc > 0.15 && acc < 0.55, "seed " + seed + ": accuracy " + acc);
            sum += acc;
        }
        assertEquals(1.0 / 3, sum / 8, 0.1);
    }

    @Test
    void initialWeightsAreSmallGaussiansAndBiasesZero() {
        Parameters p = Network.initial(2, 64, 3, 4).parameters();
        double sumSq = 0;
        int n = 0;
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 64; k++) {
                sumSq += p.w1(i, k) * p.w1(i, k);
                n++;
            }
        }
        for (int k = 0; k < 64; k++) {
            assertEquals(0.0, p.b1(k));
            for (int c = 0; c < 3; c++) {
                sumSq += p.w2(k, c) * p.w2(k, c);
                n++;
            }
        }
        for (int c = 0; c < 3; c++) {
            assertEquals(0.0, p.b2(c));
        }
        double sd = Math.sqrt(sumSq / n);
        assertTrue(sd > 0.008 && sd < 0.012, "weight sd " + sd);
    }

    @Test
    void predictAgreesWithTheArgmaxOfTheForwardLogits() {
        SpiralData d = SpiralData.generate(30, 3, 2);
        Trainer t = new Trainer(d, 16, 3, Optimizer.Kind.ADAM, 0.02);
        t.steps(200);
        Network net = t.network();
        Network.Pass pass = net.forward(d.points());
        for (int i = 0; i < d.size(); i++) {
            double[] z = pass.logits().row(i);
            int arg = 0;
            for (int j = 1; j < z.length; j++) {
                if (z[j] > z[arg]) {
                    arg = j;
                }
            }
            assertEquals(arg, net.predict(d.x(i), d.y(i)), "point " + i);
        }
    }

    @Test
    void decisionGridCellsArePredictionsAtTheirCentres() {
        SpiralData d = SpiralData.generate(30, 3, 2);
        Trainer t = new Trainer(d, 16, 3, Optimizer.Kind.ADAM, 0.02);
        t.steps(100);
        DecisionGrid g = DecisionGrid.of(t.network(), 4, 1.0);
        // 4 cells over [−1, 1]: centres at −0.75, −0.25, 0.25, 0.75; row 0 is y = 0.75.
        assertEquals(t.network().predict(-0.75, 0.75), g.classAt(0, 0));
        assertEquals(t.network().predict(0.25, -0.25), g.classAt(2, 2));
        assertEquals(t.network().predict(0.75, -0.75), g.classAt(3, 3));
    }

    @Test
    void forwardRefusesInputsOfTheWrongWidth() {
        Network net = Network.initial(2, 4, 3, 0);
        Matrix three = Matrix.of(new double[] {1, 2, 3});
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> net.forward(three));
        Network.Pass pass = net.forward(Matrix.of(new double[] {1, 2}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> pass.gradients(new Targets.Indices(new int[] {0, 1})));
    }
}
