package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.LossResult;
import org.junit.jupiter.api.Test;

class PredictionModelTest {
    private final Lab lab = new Lab();
    private final PredictionModel row = lab.explorer().row();

    @Test
    void startsAtTheSeedsFirstSample() {
        LossResult r = row.getResult();
        assertEquals(0.35667494393873245, r.loss(0), 1e-15); // −ln 0.7, seed value 0.35667494
        assertEquals(0, r.predicted(0));
        assertTrue(r.correct(0));
        assertEquals("dog", lab.classNames().get(r.trueClass(0)));
    }

    @Test
    void movingASliderRecomputesOneNewResult() {
        LossResult before = row.getResult();
        row.setProbability(0, 0.5);
        LossResult after = row.getResult();
        assertNotSame(before, after);
        assertEquals(-Math.log(0.5), after.loss(0), 1e-15);
        assertEquals(1.0, row.getPrediction().sum(), 1e-12);
    }

    @Test
    void changingTheTargetPicksAnotherProbability() {
        row.setTarget(2);
        assertEquals(-Math.log(0.2), row.getResult().loss(0), 1e-15);
        assertFalse(row.getResult().correct(0));
        assertThrows(IllegalArgumentException.class, () -> row.setTarget(3));
    }

    @Test
    void clippingIsSharedAndZeroGivesInfinityOnlyWithoutIt() {
        row.setTrueProbability(0);
        assertEquals(16.11809565095832, row.getResult().loss(0), 1e-12);
        lab.clippingProperty().set(Clipping.OFF);
        assertEquals(Double.POSITIVE_INFINITY, row.getResult().loss(0));
    }

    @Test
    void shrinkingTheClassCountKeepsTheTargetInRange() {
        row.setClassCount(6);
        row.setTarget(5);
        row.setClassCount(3);
        assertEquals(2, row.getTarget());
        assertEquals(3, row.getResult().classes());
        assertEquals(1.0, row.getPrediction().sum(), 1e-12);
    }

    @Test
    void resetReturnsToTheSeedRow() {
        row.setClassCount(5);
        row.setTarget(4);
        lab.explorer().reset();
        assertEquals(3, row.classCount());
        assertEquals(0, row.getTarget());
        assertEquals(0.7, row.getPrediction().get(0));
    }

    @Test
    void renamingRefusesBlankNames() {
        assertTrue(lab.rename(1, "  tiger "));
        assertEquals("tiger", lab.classNames().get(1));
        assertFalse(lab.rename(1, "   "));
        assertEquals("tiger", lab.classNames().get(1));
    }
}
