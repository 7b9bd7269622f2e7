package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import celab.model.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences the screen writes from a Comparison, without a screen. */
class AccuracyVsLossScreenTest {

    private static Comparison pair(double lossA, int predA, double lossB, int predB) {
        return new Comparison(1, lossA, lossB, Math.exp(-lossA), Math.exp(-lossB), predA, predB,
                predA == 1 ? 1 : 0, predB == 1 ? 1 : 0);
    }

    @Test
    void lossSentenceNamesTheLargerOne() {
        assertEquals("B's loss is 2.0× A's (0.5108 more).",
                AccuracyVsLossScreen.lossSentence(pair(0.5108256, 1, 1.0216512, 1), false, celab.core.LogBase.E));
        assertEquals("A's loss is 3.0× B's (1.000 more).",
                AccuracyVsLossScreen.lossSentence(pair(1.5, 1, 0.5, 1), false, celab.core.LogBase.E));
        assertEquals("B's loss is 2.0× A's (0.7370 more).", // 0.5108 nats = 0.7370 bits
                AccuracyVsLossScreen.lossSentence(pair(0.5108256, 1, 1.0216512, 1), false, celab.core.LogBase.TWO));
        assertEquals("A and B have the same loss.", AccuracyVsLossScreen.lossSentence(pair(0.7, 1, 0.7, 1), false, celab.core.LogBase.E));
        assertEquals("B's loss is infinite.",
                AccuracyVsLossScreen.lossSentence(pair(0.7, 1, Double.POSITIVE_INFINITY, 0), false, celab.core.LogBase.E));
        assertEquals("Which loss is larger? Predict, then reveal.",
                AccuracyVsLossScreen.lossSentence(pair(0.5, 1, 1.0, 1), true, celab.core.LogBase.E));
    }

    @Test
    void puzzleSentencesUseTheLossesOrQuestionMarks() {
        assertEquals("Found it! Both right, yet B's loss 1.022 is far above A's 0.1054: accuracy can't tell "
                + "them apart, the loss can.", AccuracyVsLossPuzzles.foundOne(pair(0.1053605, 1, 1.0216512, 1), false));
        assertEquals("Found it! Both wrong, yet A's loss ? is far above B's ?: accuracy can't tell them apart, "
                + "the loss can.", AccuracyVsLossPuzzles.foundOne(pair(4.6, 0, 1.2, 2), true));
        assertEquals("Found it! A picks dog (wrong) yet gives cat 0.400 > 0.360, so its loss 0.9163 < 1.022.",
                AccuracyVsLossPuzzles.foundTwo(pair(0.9162907, 0, 1.0216512, 1), false, List.of("dog", "cat", "human")));
        assertEquals("Not yet (now 2.0×). Change how sure one is of the true class, but not which class wins.",
                AccuracyVsLossPuzzles.notYetOne(pair(0.5, 1, 1.0, 1), false));
        assertEquals("Not yet: one is right and one wrong, so their accuracy differs.",
                AccuracyVsLossPuzzles.notYetOne(pair(0.5, 0, 1.0, 1), false));
    }
}
