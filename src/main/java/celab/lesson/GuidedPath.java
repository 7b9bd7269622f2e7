package celab.lesson;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The guided path through the lab, in the order the ideas build on each other: the formula and
 * its one-hot shortcut on the Explorer, the gradient, why accuracy is not enough, a batch and its
 * mean, log(0) and clipping, accuracy beside loss, logits, training, and a review. The steps live
 * in {@code assets/lessons/guided-path.celab-lesson.json}, read by the same code as any lesson.
 *
 * <p>Reading and checking the 29 steps (each is tried on a scratch lab, the file read with JSON
 * data binding) costs about 170 ms of CPU, and the guide is closed when the window first shows,
 * so the app starts reading them on a background thread ({@link #readInBackground()}) once the
 * first frame is drawn, and waits for them only when the guide is first opened.
 */
public final class GuidedPath {

    private static CompletableFuture<List<GuideStep>> reading;

    private GuidedPath() {
    }

    public static List<GuideStep> steps() {
        return Lessons.steps(Lessons.GUIDED_PATH);
    }

    /**
     * The steps, read once on a background thread: the first call starts the reading, later
     * calls get the same future. A broken built-in lesson completes it exceptionally.
     */
    public static synchronized CompletableFuture<List<GuideStep>> readInBackground() {
        if (reading == null) {
            CompletableFuture<List<GuideStep>> result = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    result.complete(steps());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }, "guided-path");
            t.setDaemon(true);
            t.start();
            reading = result;
        }
        return reading;
    }
}
