package celab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.Distribution;
import celab.core.LossResult;
import celab.model.BatchModel.State;
import celab.model.BatchModel.TargetForm;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The batch model without the toolkit: the seeds' numbers, both target forms, edits and limits. */
class BatchModelTest {
    /** The seeds' per-sample losses and mean (NumPy's printout, 8 digits, and np.float64). */
    private static final double[] SEED_LOSSES = {0.35667494, 0.69314718, 0.10536052};
    private static final double SEED_MEAN = 0.38506088005216804;

    private final Lab lab = new Lab();
    private final BatchModel batch = lab.batch();

    private static void assertRelative(double expected, double actual, double tol) {
        assertTrue(Math.abs(actual - expected) <= tol * Math.abs(expected),
                () -> "expected " + expected + " within relative " + tol + " but was " + actual);
    }

    @Test
    void startsAtTheSeedsBatch() {
        assertEquals(3, batch.rowCount());
        assertEquals(3, batch.classCount());
        assertEquals(Distribution.of(0.7, 0.1, 0.2), batch.row(0));
        assertEquals(Distribution.of(0.1, 0.5, 0.4), batch.row(1));
        assertEquals(Distribution.of(0.02, 0.9, 0.08), batch.row(2));
        assertEquals(List.of(0, 1, 1), batch.getState().targets());
        assertEquals(TargetForm.INDICES, batch.targetForm());
    }

    @Test
    void seedBatchGivesTheSeedsLosses() {
        LossResult r = batch.getResult();
        assertEquals(3, r.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(SEED_LOSSES[i], r.loss(i), 5e-9, "sample " + i);
        }
        assertRelative(SEED_MEAN, r.mean(), 1e-12);
        assertEquals(1.0, r.accuracy(), 0.0);
    }

    @Test
    void oneHotFormGivesTheSameResult() {
        LossResult byIndex = batch.getResult();
        batch.setTargetForm(TargetForm.ONE_HOT);
        LossResult byOneHot = batch.getResult();
        assertNotEquals(byIndex, byOneHot, "a new result is computed for the new form");
        assertArrayEquals(byIndex.perSample(), byOneHot.perSample(), 0.0);
        assertEquals(byIndex.mean(), byOneHot.mean(), 0.0);
        assertRelative(SEED_MEAN, byOneHot.mean(), 1e-12);
        assertEquals(byIndex.accuracy(), byOneHot.accuracy(), 0.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(byIndex.trueClass(i), byOneHot.trueClass(i));
            assertEquals(byIndex.pTrueUsed(i), byOneHot.pTrueUsed(i), 0.0);
        }
    }

    @Test
    void theCoreReceivesIndicesOrTheOneHotMatrix() {
        assertArrayEquals(new int[] {0, 1, 1},
                ((celab.core.Targets.Indices) batch.getState().coreTargets()).classes());
        batch.setTargetForm(TargetForm.ONE_HOT);
        celab.core.Targets.Rows rows = (celab.core.Targets.Rows) batch.getState().coreTargets();
        assertTrue(rows.isOneHot());
        assertArrayEquals(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}}, rows.labels().toArrays());
    }

    @Test
    void bothWaysOfPickingGiveTheSeedsConfidences() {
        BatchModel.Picked p = batch.getPicked();
        assertArrayEquals(new double[] {0.7, 0.5, 0.9}, p.byIndex(), 0.0);
        assertArrayEquals(new double[] {0.7, 0.5, 0.9}, p.byMultiplyAndSum(), 1e-15);
    }

    @Test
    void editingOneClassKeepsTheRowADistribution() {
        batch.setProbability(1, 0, 0.3);
        Distribution d = batch.row(1);
        assertEquals(0.3, d.get(0), 0.0);
        assertEquals(1.0, d.sum(), 1e-12);
        // the others keep their 5 : 4 proportion
        assertEquals(0.7 * 5 / 9, d.get(1), 1e-12);
        assertEquals(0.7 * 4 / 9, d.get(2), 1e-12);
        assertEquals(-Math.log(0.7 * 5 / 9), batch.getResult().loss(1), 1e-12);
        for (int i = 0; i < batch.rowCount(); i++) {
            assertEquals(1.0, batch.row(i).sum(), 1e-12);
        }
    }

    @Test
    void manyEditsKeepEveryRowSummingToOne() {
        java.util.Random rnd = new java.util.Random(42);
        for (int n = 0; n < 500; n++) {
            int i = rnd.nextInt(batch.rowCount());
            switch (rnd.nextInt(4)) {
                case 0 -> batch.setTarget(i, rnd.nextInt(3));
                case 1 -> batch.addRow();
                case 2 -> batch.removeRow(i);
                default -> batch.setProbability(i, rnd.nextInt(3), rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble());
            }
            for (int r = 0; r < batch.rowCount(); r++) {
                assertEquals(1.0, batch.row(r).sum(), 1e-9, "row " + r + " after action " + n);
            }
            assertEquals(batch.rowCount(), batch.getResult().size());
        }
    }

    @Test
    void settingATargetRecomputes() {
        batch.setTarget(0, 2);
        assertEquals(-Math.log(0.2), batch.getResult().loss(0), 1e-12);
        assertEquals(2, batch.getResult().trueClass(0));
        assertEquals(2.0 / 3.0, batch.getResult().accuracy(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> batch.setTarget(0, 3));
        assertThrows(IllegalArgumentException.class, () -> batch.setTarget(3, 0));
    }

    @Test
    void addAndRemoveRows() {
        assertTrue(batch.addRow());
        assertEquals(4, batch.rowCount());
        assertEquals(Distribution.uniform(3), batch.row(3));
        assertEquals(0, batch.target(3));
        assertEquals(4, batch.getResult().size());
        assertEquals(Math.log(3), batch.getResult().loss(3), 1e-12);

        assertTrue(batch.removeRow(0));
        assertEquals(3, batch.rowCount());
        assertEquals(Distribution.of(0.1, 0.5, 0.4), batch.row(0));
        assertEquals(List.of(1, 1, 0), batch.getState().targets());
        double expected = (-Math.log(0.5) - Math.log(0.9) + Math.log(3)) / 3;
        assertEquals(expected, batch.getResult().mean(), 1e-12);
    }

    @Test
    void rowCountStaysBetweenOneAndTwelve() {
        while (batch.rowCount() > 1) {
            assertTrue(batch.removeRow(batch.rowCount() - 1));
        }
        assertFalse(batch.canRemoveRow());
        assertFalse(batch.removeRow(0));
        assertEquals(1, batch.rowCount());
        assertEquals(-Math.log(0.7), batch.getResult().mean(), 1e-12);

        for (int n = 1; n < 12; n++) {
            assertTrue(batch.addRow());
        }
        assertEquals(12, batch.rowCount());
        assertFalse(batch.canAddRow());
        assertFalse(batch.addRow());
        assertEquals(12, batch.rowCount());
    }

    @Test
    void zeroForTheTrueClassIsInfiniteWithoutClippingAndFiniteWithIt() {
        lab.clippingProperty().set(Clipping.OFF);
        batch.setProbability(0, 0, 0.0);
        LossResult off = batch.getResult();
        assertEquals(Double.POSITIVE_INFINITY, off.loss(0));
        assertEquals(Double.POSITIVE_INFINITY, off.mean());

        lab.clippingProperty().set(Clipping.DEFAULT);
        LossResult on = batch.getResult();
        assertEquals(16.11809565, on.loss(0), 1e-8);
        assertTrue(Double.isFinite(on.mean()));
        assertEquals((16.11809565 + SEED_LOSSES[1] + SEED_LOSSES[2]) / 3, on.mean(), 1e-7);

        batch.setTargetForm(TargetForm.ONE_HOT);
        assertEquals(on.mean(), batch.getResult().mean(), 0.0);
        lab.clippingProperty().set(Clipping.OFF);
        assertEquals(Double.POSITIVE_INFINITY, batch.getResult().mean());
    }

    @Test
    void resetBringsBackTheSeeds() {
        batch.setProbability(2, 1, 0.1);
        batch.setTarget(1, 2);
        batch.addRow();
        batch.setTargetForm(TargetForm.ONE_HOT);
        batch.reset();
        assertEquals(State.seed(), batch.getState());
        assertRelative(SEED_MEAN, batch.getResult().mean(), 1e-12);
    }

    @Test
    void snapshotAndRestoreRoundTrip() {
        batch.setProbability(2, 1, 0.1);
        batch.addRow();
        batch.setTargetForm(TargetForm.ONE_HOT);
        State saved = batch.snapshot();
        double savedMean = batch.getResult().mean();

        batch.reset();
        assertNotEquals(saved, batch.getState());

        AtomicInteger results = new AtomicInteger();
        batch.resultProperty().addListener((o, was, now) -> results.incrementAndGet());
        batch.restore(saved);
        assertSame(saved, batch.getState());
        assertEquals(1, results.get(), "restoring recomputes once");
        assertEquals(4, batch.rowCount());
        assertEquals(TargetForm.ONE_HOT, batch.targetForm());
        assertEquals(savedMean, batch.getResult().mean(), 0.0);
    }

    @Test
    void badStatesAreRefused() {
        Distribution d = Distribution.uniform(3);
        assertThrows(IllegalArgumentException.class, () -> new State(List.of(), List.of(), TargetForm.INDICES));
        assertThrows(IllegalArgumentException.class, () -> new State(List.of(d), List.of(0, 1), TargetForm.INDICES));
        assertThrows(IllegalArgumentException.class, () -> new State(List.of(d), List.of(3), TargetForm.INDICES));
        assertThrows(IllegalArgumentException.class,
                () -> new State(List.of(d, Distribution.uniform(2)), List.of(0, 0), TargetForm.INDICES));
        assertThrows(IllegalArgumentException.class, () -> new State(List.of(d), List.of(0), null));
        State before = batch.getState();
        assertThrows(IllegalArgumentException.class,
                () -> batch.restore(new State(List.of(Distribution.uniform(4)), List.of(0), TargetForm.INDICES)));
        assertSame(before, batch.getState());
    }

    @Test
    void stateIsImmutable() {
        State s = batch.getState();
        assertThrows(UnsupportedOperationException.class, () -> s.rows().add(Distribution.uniform(3)));
        assertThrows(UnsupportedOperationException.class, () -> s.targets().set(0, 2));
    }
}
