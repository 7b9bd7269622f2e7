package celab.lesson;

import java.util.List;

/**
 * The guided path through the lab, in the order the ideas build on each other: the formula and
 * its one-hot shortcut on the Explorer, the gradient, why accuracy is not enough, a batch and its
 * mean, log(0) and clipping, accuracy beside loss, logits, training, and a review. The steps live
 * in {@code assets/lessons/guided-path.celab-lesson.json}, read by the same code as any lesson.
 */
public final class GuidedPath {

    private GuidedPath() {
    }

    public static List<GuideStep> steps() {
        return Lessons.steps(Lessons.GUIDED_PATH);
    }
}
