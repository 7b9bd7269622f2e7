package celab.screen;

import celab.model.Lab;
import celab.plot.Theme;
import java.util.function.Consumer;

/**
 * What a lesson is given to build its view: the shared model, the drawing theme, and the status
 * line to tell the learner what just happened.
 */
public record ScreenContext(Lab lab, Theme theme, Consumer<String> status) {
}
