package celab.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A lesson as written in a {@code *.celab-lesson.json} file: a title, an author and steps.
 * Plain immutable records with no JavaFX, so the command line can check a file and the app can
 * run it from the same value. See {@code docs/lesson-format.md}.
 */
public record Lesson(String title, String author, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param state    the lab's values when the step opens, in the scenario format's {@code state}
     *                 shape (parts left out take the lab's defaults); null keeps the lab as it is
     * @param text     what to notice: a small Markdown subset (emphasis, lists, Unicode math)
     * @param task     something to do in the lab, checked by the app; null when there is none
     * @param question a question to answer; null when there is none
     * @param hidden   ids of controls removed from the screen and from the Tab order
     * @param locked   ids of controls shown but disabled
     * @param mystery  values shown as "?" until the step is solved ({@code losses})
     */
    public record Step(String id, String title, String screen, JsonNode state, String text, Task task,
                       Question question, List<String> hints, List<String> hidden, List<String> locked,
                       List<String> mystery) {
        public Step {
            hints = List.copyOf(hints);
            hidden = List.copyOf(hidden);
            locked = List.copyOf(locked);
            mystery = List.copyOf(mystery);
        }
    }

    /** Something to do: every goal must hold at once. */
    public record Task(String text, List<Goal> goals) {
        public Task {
            goals = List.copyOf(goals);
        }
    }

    /** One goal from the {@link GoalKind} catalogue with its parameters (numbers, words, booleans). */
    public record Goal(GoalKind kind, Map<String, Object> params) {
        public Goal {
            params = Map.copyOf(params);
        }

        public double number(String name) {
            return ((Number) params.get(name)).doubleValue();
        }

        public int integer(String name) {
            return ((Number) params.get(name)).intValue();
        }

        public String word(String name) {
            return (String) params.get(name);
        }

        public boolean flag(String name) {
            return (Boolean) params.get(name);
        }
    }

    /** A question with a checked answer. */
    public sealed interface Question permits Choice, Numeric {
        String prompt();

        /** Said after the first wrong answer: a nudge, not the answer. */
        String hint();

        /** Said when the answer is right, or after the second wrong answer: the answer and why. */
        String explanation();
    }

    /** Pick one option; {@code correct} is its 0-based index as written in the file. */
    public record Choice(String prompt, List<String> options, int correct, String hint, String explanation)
            implements Question {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /**
     * Type a number, right within {@code tolerance} of {@code answer}; {@code decimals} is how
     * many decimals the screen shows and the question asks for.
     */
    public record Numeric(String prompt, double answer, double tolerance, int decimals, String hint,
                          String explanation) implements Question {
    }
}
