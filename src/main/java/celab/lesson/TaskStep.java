package celab.lesson;

import celab.model.Lab;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A step with a "try this" task that the app recognises by itself.
 *
 * @param task what to do, phrased as a challenge
 * @param hint a nudge for someone stuck
 * @param done true once the lab is in a state that completes the task
 */
public record TaskStep(String id, String screen, String title, String notice, String task, String hint,
                       Consumer<Lab> setup, Predicate<Lab> done) implements GuideStep {

    @Override
    public void prepare(Lab lab) {
        setup.accept(lab);
    }

    public boolean isDone(Lab lab) {
        return done.test(lab);
    }
}
