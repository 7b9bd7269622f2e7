package celab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Distribution;
import celab.core.Information;
import celab.core.LogBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The information model without a screen: y from α, hand-made y, the unit, snapshot and restore. */
class InformationModelTest {
    private final Lab lab = new Lab();
    private final InformationModel m = lab.information();

    @Test
    void startsOneHotOnDogSoTheCrossEntropyIsTheExplorersLoss() {
        Information.Breakdown b = m.getResult();
        assertArrayEquals(new double[] {1, 0, 0}, b.y());
        assertEquals(0.0, b.entropy());
        assertEquals(-Math.log(0.7), b.crossEntropy(), 1e-15);
        assertEquals(b.crossEntropy(), b.kl(), 1e-15);
        assertEquals(lab.explorer().row().getResult().loss(0), b.crossEntropy(), 1e-15);
    }

    @Test
    void smoothingRaisesTheFloorAboveZero() {
        m.setSmoothing(0.1);
        assertArrayEquals(new double[] {0.9 + 0.1 / 3, 0.1 / 3, 0.1 / 3}, m.getResult().y(), 1e-15);
        assertEquals(0.29113983883196504, m.getResult().entropy(), 1e-15);
        m.matchPredictionToTarget();
        assertEquals(0.0, m.getResult().kl());
        assertEquals(m.getResult().entropy(), m.getResult().crossEntropy(), 1e-15);
        assertTrue(m.getResult().crossEntropy() > 0.29, "with α > 0 the loss cannot reach 0");
    }

    @Test
    void theTrueClassAndTheClassCountRebuildTheSmoothedRow() {
        m.setSmoothing(0.2);
        m.prediction().setTarget(2);
        assertArrayEquals(new double[] {0.2 / 3, 0.2 / 3, 0.8 + 0.2 / 3}, m.getResult().y(), 1e-15);
        m.setClassCount(4);
        assertArrayEquals(new double[] {0.05, 0.05, 0.85, 0.05}, m.getResult().y(), 1e-15);
        assertEquals(4, m.getResult().yHat().length);
    }

    @Test
    void aHandEditedYStaysUntilAlphaMovesAgain() {
        m.target().setProbability(1, 0.5);
        assertTrue(m.customProperty().get());
        assertArrayEquals(new double[] {0.5, 0.5, 0}, m.getResult().y(), 1e-15);
        m.prediction().setTarget(2); // picking a class keeps a hand-made y
        assertEquals(0.5, m.getResult().y()[1], 1e-15);
        m.setSmoothing(0.0);
        assertFalse(m.customProperty().get());
        assertArrayEquals(new double[] {0, 0, 1}, m.getResult().y(), 1e-15);
    }

    @Test
    void theLabsUnitAppliesToEveryQuantity() {
        double nats = m.getResult().crossEntropy();
        lab.logBaseProperty().set(LogBase.TWO);
        assertEquals(LogBase.TWO, m.getResult().base());
        assertEquals(nats / Math.log(2), m.getResult().crossEntropy(), 1e-15);
    }

    @Test
    void snapshotRoundTripsThroughTheLabWithItsUnit() {
        m.target().setProbability(2, 0.3);
        m.prediction().setProbability(1, 0.25);
        lab.logBaseProperty().set(LogBase.TWO);
        LabState saved = lab.snapshot();
        Lab other = new Lab();
        other.restore(saved);
        assertEquals(saved, other.snapshot());
        assertEquals(LogBase.TWO, other.getLogBase());
        assertTrue(other.information().customProperty().get());
    }

    @Test
    void anOldStateWithoutTheScreenOrTheUnitStillOpens() {
        LabState saved = lab.snapshot();
        LabState.Settings s = saved.settings();
        LabState old = new LabState(new LabState.Settings(s.epsilon(), s.clipping(), s.precision(), s.classNames(), null),
                saved.explorer(), saved.comparison(), saved.batch(), saved.logits(), null);
        Lab other = new Lab();
        other.logBaseProperty().set(LogBase.TWO);
        other.restore(old.withDefaults(new Lab().snapshot()));
        assertEquals(LogBase.E, other.getLogBase());
        assertEquals(saved, other.snapshot());
    }

    @Test
    void aBadStateChangesNothing() {
        m.setSmoothing(0.3);
        InformationModel.State before = m.snapshot();
        assertThrows(IllegalArgumentException.class, () -> m.restore(
                new InformationModel.State(List.of(0.5, 0.5), 0, 1.5, List.of(1.0, 0.0), false)));
        assertThrows(IllegalArgumentException.class, () -> m.restore(
                new InformationModel.State(List.of(0.5, 0.5), 0, 0.0, List.of(0.7, 0.7), true)));
        assertThrows(IllegalArgumentException.class, () -> m.restore(
                new InformationModel.State(List.of(0.5, 0.5), 3, 0.0, List.of(1.0, 0.0), false)));
        assertEquals(before, m.snapshot());
    }

    @Test
    void resetPutsTheSeedsRowBack() {
        m.setSmoothing(0.4);
        m.target().setProbability(0, 0.2);
        m.prediction().setPrediction(Distribution.of(0.1, 0.9));
        assertNotEquals(InformationModel.INITIAL.length, m.prediction().classCount());
        m.reset();
        assertArrayEquals(InformationModel.INITIAL, m.prediction().getPrediction().toArray());
        assertArrayEquals(new double[] {1, 0, 0}, m.getResult().y());
        assertFalse(m.customProperty().get());
    }
}
