package celab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.DataAnalysis;
import celab.core.Dataset;
import celab.core.Matrix;
import celab.core.ScoreKind;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The "Your data" model without the toolkit: what is recomputed when, and what reaches the Explorer. */
class DataModelTest {

    private final Lab lab = new Lab();
    private final DataModel model = new DataModel(lab, Runnable::run, Runnable::run);

    /** n samples of c classes, probabilities from random logits, targets mostly the argmax. */
    private static Dataset random(int n, int c, long seed, ScoreKind kind) {
        Random r = new Random(seed);
        double[] values = new double[n * c];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < c; j++) {
                values[i * c + j] = kind == ScoreKind.LOGITS ? 3 * r.nextGaussian() : Math.exp(2 * r.nextGaussian());
                sum += values[i * c + j];
            }
            if (kind == ScoreKind.PROBABILITIES) {
                for (int j = 0; j < c; j++) {
                    values[i * c + j] /= sum;
                }
            }
            int best = 0;
            for (int j = 1; j < c; j++) {
                best = values[i * c + j] > values[i * c + best] ? j : best;
            }
            targets[i] = r.nextDouble() < 0.7 ? best : r.nextInt(c);
        }
        return Dataset.of(Matrix.wrap(n, c, values), kind, Matrix.wrap(n, 1, targets));
    }

    @Test
    void newDataIsAnalysedAtTemperatureOneWithItsCurve() {
        model.temperatureProperty().set(3);
        Dataset d = random(500, 4, 1, ScoreKind.PROBABILITIES);
        model.setData(d, "p.csv + t.csv");
        DataAnalysis a = model.getAnalysis();
        assertSame(d, a.data());
        assertEquals(1.0, a.temperature());
        assertEquals("p.csv + t.csv", model.sourceProperty().get());
        assertEquals(a.result().mean(), model.lossAtOneProperty().get(), 1e-12);
        assertEquals(DataModel.CURVE_POINTS, model.temperatureCurveProperty().get()[0].length);
    }

    @Test
    void temperatureChangesTheLossButNotTheAccuracy() {
        model.setData(random(500, 5, 2, ScoreKind.LOGITS), "z");
        DataAnalysis one = model.getAnalysis();
        model.temperatureProperty().set(2.5);
        DataAnalysis hot = model.getAnalysis();
        assertEquals(2.5, hot.temperature());
        assertEquals(one.result().accuracy(), hot.result().accuracy());
        assertTrue(Math.abs(one.result().mean() - hot.result().mean()) > 1e-3);
        model.temperatureProperty().set(1000);
        assertEquals(20, model.getTemperature(), "clamped to the slider's range");
    }

    @Test
    void sharedClippingReachesProbabilitiesNotLogits() {
        model.setData(random(300, 3, 3, ScoreKind.PROBABILITIES), "p");
        double before = model.getAnalysis().result().mean();
        lab.clippingProperty().set(Clipping.of(0.2));
        DataAnalysis clipped = model.getAnalysis();
        assertEquals(0.2, clipped.result().clipping().epsilon());
        assertEquals(clipped.clipping().meanLoss(0.2), clipped.result().mean(), 1e-12);
        assertTrue(clipped.result().mean() != before);

        model.setData(random(300, 3, 3, ScoreKind.LOGITS), "z");
        assertFalse(model.getAnalysis().result().clipping().enabled(), "logits go through log-softmax, unclipped");
    }

    @Test
    void fitMovesTheTemperatureToTheSmallestLoss() {
        model.setData(random(400, 4, 4, ScoreKind.LOGITS), "z");
        model.fitTemperature();
        var fit = model.fitProperty().get();
        assertNotNull(fit);
        assertEquals(fit.temperature(), model.getTemperature());
        double[][] curve = model.temperatureCurveProperty().get();
        assertTrue(fit.temperature() > 0.1 && fit.temperature() < 10, "an inner minimum: " + fit.temperature());
        for (double l : curve[1]) {
            assertTrue(fit.loss() <= l + 1e-12, "fitted loss " + fit.loss() + " above a curve point " + l);
        }
        model.reset();
        assertEquals(1.0, model.getTemperature());
        assertNull(model.fitProperty().get());
    }

    @Test
    void largeDataIsAnalysedOffTheCallerAndOnlyTheLatestRequestLands() {
        Queue<Runnable> worker = new ArrayDeque<>();
        Queue<Runnable> ui = new ArrayDeque<>();
        DataModel big = new DataModel(lab, worker::add, ui::add);
        Dataset d = random(60_000, 4, 5, ScoreKind.LOGITS); // 240,000 values: above AT_ONCE
        big.setData(d, "big");
        assertNull(big.getAnalysis());
        assertTrue(big.busyProperty().get());
        big.temperatureProperty().set(2);
        big.temperatureProperty().set(3);
        while (!worker.isEmpty() || !ui.isEmpty()) {
            while (!worker.isEmpty()) {
                worker.poll().run();
            }
            while (!ui.isEmpty()) {
                ui.poll().run();
            }
        }
        assertEquals(3.0, big.getAnalysis().temperature());
        assertFalse(big.busyProperty().get());
        assertNotNull(big.temperatureCurveProperty().get());
    }

    @Test
    void openInExplorerSetsClassesProbabilitiesAndTarget() {
        Dataset d = random(50, 6, 6, ScoreKind.LOGITS);
        model.setData(d, "z");
        model.temperatureProperty().set(1.5);
        model.openInExplorer(7);
        PredictionModel row = lab.explorer().row();
        assertEquals(6, row.classCount());
        assertEquals(d.target(7), row.getTarget());
        assertArrayEquals(model.getAnalysis().probabilities(7), row.getPrediction().toArray(), 1e-15);
    }

    @Test
    void moreClassesThanTheExplorerShowsLeaveItAsItWas() {
        model.setData(random(20, 12, 7, ScoreKind.PROBABILITIES), "p");
        double[] before = lab.explorer().row().getPrediction().toArray();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.openInExplorer(0));
        assertTrue(e.getMessage().contains("at most 10 classes"), e.getMessage());
        assertArrayEquals(before, lab.explorer().row().getPrediction().toArray());
    }
}
