package celab.lesson;

import celab.model.Lab;

/**
 * One step of the guided path. It opens a screen, puts the lab into a prepared state and says in
 * a few sentences what to notice; a {@link TaskStep} then sets something to do that the app
 * checks by itself, a {@link QuestionStep} asks a review question.
 */
public sealed interface GuideStep permits TaskStep, QuestionStep {

    /** Stable id, used to remember progress between runs. */
    String id();

    /** The id of the screen this step shows. */
    String screen();

    String title();

    /** What to look at, in a few sentences. */
    String notice();

    /** Puts the lab into this step's starting state. */
    void prepare(Lab lab);
}
