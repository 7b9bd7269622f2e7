package celab.lesson;

import celab.io.lesson.Lesson;
import celab.io.lesson.LessonException;
import celab.io.lesson.LessonFile;
import celab.model.Lab;
import celab.model.LabState;
import java.util.List;

/**
 * One step of a lesson, ready to run: it opens a screen, puts the lab into the step's prepared
 * state, says what to notice, and either sets a task the app checks by itself or asks a question.
 * Built from a {@link Lesson.Step} read from a lesson file.
 */
public final class GuideStep {
    private final Lesson.Step spec;
    private final LabState prepared;

    /**
     * Checks the step's state on a scratch lab, so that a state the lab refuses is reported when
     * the lesson is opened, not when a learner reaches the step.
     *
     * @throws IllegalArgumentException saying what is wrong with the state
     */
    public GuideStep(Lesson.Step spec) {
        this.spec = spec;
        LabState defaults = new Lab().snapshot();
        if (spec.state() == null) {
            prepared = defaults;
        } else {
            try {
                prepared = LessonFile.stateAs(spec.state(), LabState.class).withDefaults(defaults);
            } catch (LessonException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            new Lab().restore(prepared);
        }
    }

    public Lesson.Step spec() {
        return spec;
    }

    /** Stable id, used to remember progress between runs. */
    public String id() {
        return spec.id();
    }

    /** The id of the screen this step shows. */
    public String screen() {
        return spec.screen();
    }

    public String title() {
        return spec.title();
    }

    /** What to look at: the step's text, in the format's small Markdown subset. */
    public String notice() {
        return spec.text();
    }

    public List<String> hints() {
        return spec.hints();
    }

    /** The task, or null. */
    public Lesson.Task task() {
        return spec.task();
    }

    /** The question, or null. */
    public Lesson.Question question() {
        return spec.question();
    }

    /** Whether the step has something to solve (a task or a question). */
    public boolean solvable() {
        return spec.task() != null || spec.question() != null;
    }

    /** The lab's values when the step opens (the defaults where the step's state says nothing). */
    public LabState prepared() {
        return prepared;
    }

    /** Puts the lab into this step's starting state; a step without a state leaves the lab alone. */
    public void prepare(Lab lab) {
        if (spec.state() != null) {
            lab.restore(prepared);
        }
    }

    /** True when the step has a task and the lab is in a state that does it. */
    public boolean isDone(Lab lab) {
        return spec.task() != null && Goals.allMet(spec.task().goals(), lab, prepared);
    }
}
