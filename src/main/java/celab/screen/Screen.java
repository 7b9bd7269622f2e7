package celab.screen;

import celab.model.Lab;
import javafx.scene.Node;

/**
 * One screen of the lab. A lesson builds its view once, on first visit, binding it to the shared
 * model; "Reset all" calls {@link #reset(ScreenContext)} for the screen on show.
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

    /** Puts this screen's state back to how it first opened. */
    void reset(ScreenContext context);

    /** How many classes the digit keys pick a true class from here (0: the keys do nothing). */
    default int pickableClasses(Lab lab) {
        return 0;
    }

    /** Digit key k + 1 (0 for the tenth class): makes class k the true class. */
    default void pickClass(ScreenContext context, int k) {
    }
}
