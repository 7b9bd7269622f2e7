package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The A-vs-B model without a screen: the seeds' numbers, the shared target, reset, challenges. */
class ComparisonModelTest {
    private final Lab lab = new Lab();
    private final ComparisonModel m = lab.comparison();

    @Test
    void startsAtTheSeedsPredictionsWithCatTrue() {
        assertEquals(Distribution.of(0.22, 0.6, 0.18), m.a().getPrediction());
        assertEquals(Distribution.of(0.32, 0.36, 0.32), m.b().getPrediction());
        assertEquals(1, m.a().getTarget());
        assertEquals(1, m.b().getTarget());
    }

    @Test
    void initialLossesAreMinusLogOfPointSixAndPointThreeSix() {
        // −ln 0.6 and −ln 0.36 (= 2·(−ln 0.6), since 0.36 = 0.6²)
        assertEquals(0.5108256, m.a().getResult().loss(0), 1e-6);
        assertEquals(1.0216512, m.b().getResult().loss(0), 1e-6);
        Comparison c = m.getComparison();
        assertEquals(0.5108256, c.lossA(), 1e-6);
        assertEquals(1.0216512, c.lossB(), 1e-6);
        assertEquals(0.5108256, c.difference(), 1e-6);
        assertEquals(2.0, c.ratio(), 1e-9);
    }

    @Test
    void bothAreCorrectSoAccuracyIsOneHundredPercentForBoth() {
        Comparison c = m.getComparison();
        assertTrue(c.correctA());
        assertTrue(c.correctB());
        assertEquals(1.0, c.accuracyA());
        assertEquals(1.0, c.accuracyB());
        assertTrue(c.sameAccuracy());
    }

    @Test
    void theStartIsNotYetASolutionOfEitherChallenge() {
        Comparison c = m.getComparison();
        assertFalse(c.sameAccuracyDifferentLoss(), "a factor of 2 is not 'very different' (needs 3)");
        assertFalse(c.wrongBeatsRight());
        assertFalse(m.solvedSameAccuracyProperty().get());
        assertFalse(m.solvedWrongBeatsRightProperty().get());
    }

    @Test
    void oneTargetIsSharedByBothPredictions() {
        assertSame(m.a().targetProperty(), m.b().targetProperty());
        m.a().setTarget(0);
        assertEquals(0, m.b().getTarget());
        assertEquals(-Math.log(0.22), m.a().getResult().loss(0), 1e-12);
        assertEquals(-Math.log(0.32), m.b().getResult().loss(0), 1e-12);
        Comparison c = m.getComparison();
        assertEquals(0, c.trueClass());
        assertFalse(c.correctA());
        assertFalse(c.correctB());
        assertEquals(0.0, c.accuracyA());
        assertEquals(-Math.log(0.32), c.lossB(), 1e-12);
    }

    @Test
    void changingTheTargetNeverRecordsAMixedMoment() {
        // target 2 makes A wrong (1.715) and B wrong (1.139): not a challenge. During the switch A is
        // judged against 2 while B still holds its old result; that moment must not count.
        m.targetProperty().set(2);
        assertFalse(m.solvedWrongBeatsRightProperty().get());
        assertFalse(m.solvedSameAccuracyProperty().get());
        assertEquals(2, m.getComparison().trueClass());
    }

    @Test
    void movingAChangesOnlyA() {
        double lossB = m.b().getResult().loss(0);
        m.a().setProbability(1, 0.9);
        assertEquals(-Math.log(0.9), m.getComparison().lossA(), 1e-12);
        assertEquals(lossB, m.getComparison().lossB());
    }

    @Test
    void detectsSameAccuracyVeryDifferentLoss() {
        m.a().setProbability(1, 0.9); // 0.1054 vs 1.022: ratio 9.7, gap 0.92, both right
        Comparison c = m.getComparison();
        assertTrue(c.sameAccuracyDifferentLoss());
        assertTrue(m.solvedSameAccuracyProperty().get());
        assertFalse(m.solvedWrongBeatsRightProperty().get());
    }

    @Test
    void detectsAWrongPredictionWithALowerLossThanARightOne() {
        // A says dog (0.45) but still gives cat 0.40 > B's 0.36
        m.a().setPrediction(Distribution.of(0.45, 0.40, 0.15));
        Comparison c = m.getComparison();
        assertFalse(c.correctA());
        assertTrue(c.correctB());
        assertTrue(c.wrongBeatsRight());
        assertEquals(Comparison.A, c.lower());
        assertTrue(m.solvedWrongBeatsRightProperty().get());
    }

    @Test
    void detectsItTheOtherWayRoundToo() {
        m.b().setPrediction(Distribution.of(0.2, 0.7, 0.1));  // B right, loss 0.357
        m.a().setPrediction(Distribution.of(0.1, 0.75, 0.15)); // A right, loss 0.288
        assertFalse(m.getComparison().wrongBeatsRight());
        m.b().setPrediction(Distribution.of(0.1, 0.42, 0.48)); // B wrong (human), loss 0.868 > A's
        assertFalse(m.getComparison().wrongBeatsRight(), "wrong with a higher loss is the usual case");
        m.a().setPrediction(Distribution.of(0.2, 0.4, 0.4));   // A right by the first-max rule, loss 0.916
        assertTrue(m.getComparison().correctA());
        assertTrue(m.getComparison().wrongBeatsRight(), "B is wrong but 0.868 < 0.916");
        assertEquals(Comparison.B, m.getComparison().lower());
    }

    @Test
    void solvedStaysTrueUntilReset() {
        m.a().setProbability(1, 0.9);
        assertTrue(m.solvedSameAccuracyProperty().get());
        m.a().setProbability(1, 0.6);
        assertFalse(m.getComparison().sameAccuracyDifferentLoss());
        assertTrue(m.solvedSameAccuracyProperty().get(), "found once, remembered");
        m.reset();
        assertFalse(m.solvedSameAccuracyProperty().get());
    }

    @Test
    void resetRestoresPredictionsAndTarget() {
        m.a().setPrediction(Distribution.of(0.45, 0.40, 0.15));
        m.b().setProbability(0, 0.9);
        m.targetProperty().set(2);
        m.reset();
        assertEquals(Distribution.of(0.22, 0.6, 0.18), m.a().getPrediction());
        assertEquals(Distribution.of(0.32, 0.36, 0.32), m.b().getPrediction());
        assertEquals(1, m.targetProperty().get());
        assertEquals(0.5108256, m.getComparison().lossA(), 1e-6);
        assertEquals(1.0216512, m.getComparison().lossB(), 1e-6);
        assertFalse(m.solvedWrongBeatsRightProperty().get());
    }

    @Test
    void clippingOffWithZeroForTheTruthGivesAnInfiniteLossThatStillCounts() {
        lab.clippingProperty().set(Clipping.OFF);
        m.b().setPrediction(Distribution.of(0.5, 0.0, 0.5));
        Comparison c = m.getComparison();
        assertEquals(Double.POSITIVE_INFINITY, c.lossB());
        assertEquals(Double.POSITIVE_INFINITY, c.ratio());
        assertFalse(c.wrongBeatsRight(), "B is wrong AND has the higher loss");
    }

    @Test
    void snapshotAndRestoreThroughTheLab() {
        LabState start = lab.snapshot();
        assertEquals(List.of(0.22, 0.6, 0.18), start.comparison().a());
        assertEquals(1, start.comparison().target());
        m.a().setPrediction(Distribution.of(0.45, 0.40, 0.15));
        m.targetProperty().set(2);
        LabState changed = lab.snapshot();
        assertNotEquals(start, changed);
        lab.restore(start);
        assertEquals(Distribution.of(0.22, 0.6, 0.18), m.a().getPrediction());
        assertEquals(1, m.targetProperty().get());
        assertEquals(0.5108256, m.getComparison().lossA(), 1e-6);
        lab.restore(changed);
        assertEquals(2, m.b().getTarget());
        assertEquals(changed, lab.snapshot());
    }

    @Test
    void restoreRefusesABadStateAndChangesNothing() {
        ComparisonModel.State bad = new ComparisonModel.State(List.of(0.5, 0.6, 0.1), List.of(0.32, 0.36, 0.32), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.restore(bad));
        assertTrue(e.getMessage().contains("A sums to"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.restore(
                new ComparisonModel.State(List.of(0.22, 0.6, 0.18), List.of(0.5, 0.5), 1)));
        assertThrows(IllegalArgumentException.class, () -> m.restore(
                new ComparisonModel.State(List.of(0.22, 0.6, 0.18), List.of(0.32, 0.36, 0.32), 3)));
        assertEquals(Distribution.of(0.22, 0.6, 0.18), m.a().getPrediction());
        assertEquals(Distribution.of(0.32, 0.36, 0.32), m.b().getPrediction());
    }
}
