package celab.plot;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Point markers drawn so that marks differ by shape, not only by colour. */
final class Shapes {

    private Shapes() {
    }

    static void fill(GraphicsContext g, CurveMark.Shape shape, double x, double y, double r,
                     Color fill, Color ring, double ringWidth) {
        g.setFill(fill);
        g.setStroke(ring);
        g.setLineWidth(ringWidth);
        switch (shape) {
            case CIRCLE -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case SQUARE -> {
                double s = r * 0.9;
                g.fillRect(x - s, y - s, 2 * s, 2 * s);
                g.strokeRect(x - s, y - s, 2 * s, 2 * s);
            }
            case DIAMOND -> polygon(g, new double[] {x, x + r * 1.2, x, x - r * 1.2},
                    new double[] {y - r * 1.2, y, y + r * 1.2, y});
            case TRIANGLE -> polygon(g, new double[] {x, x + r * 1.15, x - r * 1.15},
                    new double[] {y - r * 1.2, y + r * 0.8, y + r * 0.8});
        }
    }

    private static void polygon(GraphicsContext g, double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }
}
