package celab.plot;

import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The size of a text as a plot will draw it, measured on one reused {@link Text} node. A new Text
 * per label (as the plots used to make) allocates a whole node with its properties on every
 * redraw, which a slider drag repeats every frame. Plots draw on the JavaFX thread only, and so
 * does this.
 */
final class TextMetrics {

    private static final Text PROBE = new Text();

    private TextMetrics() {
    }

    /** The layout bounds of {@code text} in {@code font}. */
    static Bounds bounds(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds();
    }

    static double width(String text, Font font) {
        return bounds(text, font).getWidth();
    }
}
