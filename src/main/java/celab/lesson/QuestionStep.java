package celab.lesson;

import celab.model.Lab;
import java.util.function.Consumer;

/** A step that asks a review question; some are answered by trying things in the lab. */
public record QuestionStep(String id, String screen, String title, String notice, Question question,
                           Consumer<Lab> setup) implements GuideStep {

    @Override
    public void prepare(Lab lab) {
        setup.accept(lab);
    }
}
