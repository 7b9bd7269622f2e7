package celab.screen;

import celab.model.Lab;
import celab.model.ScreenModel;
import javafx.scene.Node;

/**
 * One screen of the lab: one model (in the {@link Lab}) and one view, built once on first visit and
 * bound to that model. "Reset screen" calls {@link #reset(ScreenContext)} for the screen on show.
 */
public interface Screen {

    /** A short stable id used for navigation ids ({@code #nav-explorer}) and saved state. */
    String id();

    /** The name in the navigation. */
    String title();

    /** One sentence under the title: what this screen lets you see. */
    String summary();

    /** Builds the view; called once. */
    Node createView(ScreenContext context);

    /** This screen's model in the lab: its reset, snapshot and restore. */
    ScreenModel<?> model(Lab lab);

    /** Puts this screen's values back to how it first opened; other screens and shared settings stay. */
    default void reset(ScreenContext context) {
        model(context.lab()).reset();
    }

    /** How many classes the digit keys pick a true class from here (0: the keys do nothing). */
    default int pickableClasses(Lab lab) {
        return 0;
    }

    /** Digit key k + 1 (0 for the tenth class): makes class k the true class. */
    default void pickClass(ScreenContext context, int k) {
    }
}
