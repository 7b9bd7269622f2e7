package celab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.lesson.Lesson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private static final Lesson.Choice CHOICE = new Lesson.Choice("Which?",
            List.of("short", "the right and longest answer of all", "another"), 1, "look again", "because");
    private static final Lesson.Numeric NUMERIC = new Lesson.Numeric("How much?", Math.exp(-1), 0.0005, 3,
            "find p at height 1", "p = e⁻¹");

    /** Shuffled options keep the right answer checked: whatever the order, the right option is accepted. */
    @Property
    void shuffledOptionsKeepTheRightAnswerChecked(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int n,
                                                  @ForAll @IntRange(min = 0, max = 5) int correctRaw) {
        int correct = correctRaw % n;
        List<String> options = java.util.stream.IntStream.range(0, n).mapToObj(k -> "option " + k).toList();
        Lesson.Choice c = new Lesson.Choice("?", options, correct, "h", "e");
        List<Integer> order = Question.order(c, seed);
        assertEquals(Set.copyOf(java.util.stream.IntStream.range(0, n).boxed().toList()), Set.copyOf(order));
        for (int pos = 0; pos < n; pos++) {
            int fileIndex = order.get(pos); // what the panel puts in the option's userData
            assertEquals(fileIndex == correct, Question.check(c, String.valueOf(fileIndex), 0).correct());
        }
    }

    @Test
    void theRightAnswerDoesNotAlwaysComeFirstOrLast() {
        Set<Integer> places = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            places.add(Question.order(CHOICE, seed).indexOf(CHOICE.correct()));
        }
        assertEquals(Set.of(0, 1, 2), places);
    }

    @Test
    void aFirstMissGivesTheHintAndASecondTheAnswer() {
        Question.Verdict first = Question.check(CHOICE, "0", 0);
        assertFalse(first.correct());
        assertEquals("Not quite. A hint: look again", first.feedback());
        Question.Verdict second = Question.check(CHOICE, "2", 1);
        assertEquals("Not quite. The answer is “the right and longest answer of all”. because", second.feedback());
        assertEquals("Not yet. A hint: find p at height 1", Question.check(NUMERIC, "0.5", 0).feedback());
        assertEquals("Not yet. The answer is 0.368. p = e⁻¹", Question.check(NUMERIC, "0.5", 1).feedback());
    }

    @Test
    void anUnreadableAnswerIsNotCountedAsAMiss() {
        assertFalse(Question.check(CHOICE, "", 0).counted());
        assertFalse(Question.check(NUMERIC, "abc", 0).counted());
    }

    @Test
    void aDecimalCommaIsAcceptedAndFeedbackIsInWords() {
        Question.Verdict v = Question.check(NUMERIC, "0,368", 0);
        assertTrue(v.correct());
        assertEquals("Right: 0,368 is within 0.0005 of 0.368. p = e⁻¹", v.feedback());
        assertEquals(0.3851, Question.parse("0,3851"));
        assertEquals(-4.0, Question.parse("−4"));
        assertEquals(1e-7, Question.parse("1e-7"));
        assertNull(Question.parse("1,000.5,"));
        assertNull(Question.parse("zero"));
        assertEquals("0.00051", Question.words(0.00051));
        assertEquals("16.12", Question.format(16.11809565, 2));
    }

    @Test
    void theNotANumberMessageDoesNotGiveAwayTheAnswer() {
        String said = Question.check(NUMERIC, "abc", 0).feedback();
        assertTrue(said.startsWith("“abc” is not a number"), said);
        assertFalse(said.contains("0.368"), said);
        Lesson.Numeric other = new Lesson.Numeric("?", 2.0, 0.01, 3, "h", "e");
        String plain = Question.unreadable(other, " x ");
        assertEquals("“x” is not a number. Type digits with a point or a comma, like 0.368.", plain);
    }
}
