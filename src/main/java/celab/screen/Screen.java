package celab.screen;

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
}
