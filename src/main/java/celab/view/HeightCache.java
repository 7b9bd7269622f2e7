package celab.view;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;

/**
 * Children's heights at a given width, kept by a layout pane until its next
 * {@code requestLayout()}. JavaFX caches a node's size only for the width -1; at a given width
 * every query lays out the wrapped texts inside again, and one pulse asks the same questions
 * several times (min and pref height, then the layout). A changed child requests layout up to
 * its parent, which clears the cache, just as JavaFX forgets its own cached sizes.
 */
final class HeightCache {
    private final Map<Node, double[]> heights = new IdentityHashMap<>();

    void clear() {
        heights.clear();
    }

    double pref(Node n, double width) {
        double[] c = entry(n);
        if (c[0] != width) {
            c[1] = n.prefHeight(width);
            c[0] = width;
        }
        return c[1];
    }

    double min(Node n, double width) {
        double[] c = entry(n);
        if (c[2] != width) {
            c[3] = n.minHeight(width);
            c[2] = width;
        }
        return c[3];
    }

    /** {width of pref, pref, width of min, min}; NaN widths match nothing. */
    private double[] entry(Node n) {
        return heights.computeIfAbsent(n, k -> new double[] {Double.NaN, 0, Double.NaN, 0});
    }
}
