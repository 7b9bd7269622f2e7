package celab.lesson;

import java.util.List;

/** Every screen, in teaching order. A new screen is one class and one line here. */
public final class LessonCatalog {

    private LessonCatalog() {
    }

    public static List<Lesson> all() {
        return List.of(
                new ExplorerLesson(),
                new AccuracyVsLossLesson(),
                new BatchLesson(),
                new ClippingLesson(),
                new LogitsLesson(),
                new SpiralLesson());
    }
}
