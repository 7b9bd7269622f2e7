package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.net.Optimizer;
import celab.core.net.SpiralData;
import celab.core.net.Trainer;
import celab.core.net.TrainingSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpiralModelTest {
    private final SpiralModel m = new Lab().spiral();

    @AfterEach
    void stop() {
        m.shutdown();
    }

    private TrainingSnapshot waitForEpoch(int atLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            m.pull();
            if (m.getSnapshot().epoch() >= atLeast) {
                return m.getSnapshot();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("epoch " + atLeast + " not reached, at " + m.getSnapshot().epoch());
    }

    @Test
    void startsAtEpochZeroWithLossLnC() {
        TrainingSnapshot s = m.getSnapshot();
        assertEquals(0, s.epoch());
        assertEquals(300, s.data().size());
        assertEquals(Math.log(3), s.loss(), 1e-3);
        assertEquals(Math.log(3), m.uniformLoss(), 1e-12);
        assertEquals(SpiralModel.GRID, s.grid().size());
    }

    @Test
    void stepTrainsOneEpoch() {
        double before = m.getSnapshot().loss();
        m.step();
        m.awaitIdle();
        assertEquals(1, m.getSnapshot().epoch());
        assertNotEquals(before, m.getSnapshot().loss());
        assertEquals(2, m.getSnapshot().history().size());
    }

    @Test
    void playTrainsInTheBackgroundAndPauseStopsIt() throws InterruptedException {
        m.play();
        assertTrue(m.isRunning());
        waitForEpoch(30);
        m.pause();
        m.awaitIdle();
        int stopped = m.getSnapshot().epoch();
        Thread.sleep(200);
        m.awaitIdle();
        assertEquals(stopped, m.getSnapshot().epoch(), "no training after pause");
        assertTrue(m.getSnapshot().loss() < Math.log(3));
    }

    @Test
    void pullHandsOverOnlyTheNewestSnapshot() {
        m.step();
        m.step();
        m.step();
        m.awaitIdle();
        assertEquals(3, m.getSnapshot().epoch());
        assertTrue(!m.pull(), "nothing new after the newest was taken");
    }

    @Test
    void changingClassesRegeneratesDataAndRestarts() {
        m.step();
        m.classesProperty().set(4);
        m.awaitIdle();
        TrainingSnapshot s = m.getSnapshot();
        assertEquals(0, s.epoch());
        assertEquals(4, s.data().classes());
        assertEquals(400, s.data().size());
        assertEquals(Math.log(4), s.loss(), 1e-3);
        assertEquals(Math.log(4), m.uniformLoss(), 1e-12);
    }

    @Test
    void newDataUsesTheNextSeed() {
        SpiralData before = m.getSnapshot().data();
        m.newData();
        m.awaitIdle();
        assertEquals(1L, m.seedProperty().get());
        assertNotEquals(before.points(), m.getSnapshot().data().points());
    }

    @Test
    void learningRateChangesWithoutRestarting() {
        m.step();
        m.step();
        m.learningRateProperty().set(0.05);
        m.step();
        m.awaitIdle();
        assertEquals(3, m.getSnapshot().epoch());
    }

    @Test
    void widthRestartsOnTheSameData() {
        SpiralData data = m.getSnapshot().data();
        m.step();
        m.hiddenProperty().set(8);
        m.awaitIdle();
        assertEquals(0, m.getSnapshot().epoch());
        assertEquals(8, m.getSnapshot().network().hidden());
        assertEquals(data, m.getSnapshot().data());
    }

    @Test
    void resetRestoresEveryDefault() {
        m.classesProperty().set(5);
        m.hiddenProperty().set(16);
        m.optimizerProperty().set(Optimizer.Kind.GRADIENT_DESCENT);
        m.step();
        m.reset();
        m.awaitIdle();
        assertEquals(SpiralModel.DEFAULT_CLASSES, m.classesProperty().get());
        assertEquals(SpiralModel.DEFAULT_HIDDEN, m.getSnapshot().network().hidden());
        assertEquals(0, m.getSnapshot().epoch());
        assertEquals(SpiralModel.DEFAULT_OPTIMIZER, m.optimizerProperty().get());
    }

    @Test
    void theDefaultSettingsLearnTheSpiral() {
        Trainer t = new Trainer(SpiralData.generate(SpiralModel.DEFAULT_POINTS, SpiralModel.DEFAULT_CLASSES,
                SpiralModel.DEFAULT_SEED), SpiralModel.DEFAULT_HIDDEN, SpiralModel.DEFAULT_SEED,
                SpiralModel.DEFAULT_OPTIMIZER, SpiralModel.DEFAULT_RATE);
        while (t.epoch() < 1500 && !(t.loss() < 0.5 && t.accuracy() > 0.8)) {
            t.step();
        }
        assertTrue(t.loss() < 0.5 && t.accuracy() > 0.8, "loss " + t.loss() + ", accuracy " + t.accuracy());
    }
}
