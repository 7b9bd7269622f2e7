package celab.plot;

import celab.core.net.DecisionGrid;
import celab.core.net.SpiralData;
import celab.core.net.TrainingSnapshot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The plane coloured by the class the network predicts (its decision regions, painted from a
 * low-resolution grid into an image and scaled up) with the data points on top, each class with
 * its own colour and shape. The plot is square, centred in its area.
 */
public final class SpiralPlot extends CanvasPlot {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final javafx.beans.property.BooleanProperty sizeByLoss =
            new javafx.beans.property.SimpleBooleanProperty(this, "sizeByLoss", true);
    private WritableImage image;
    private DecisionGrid painted;
    private Palette paintedWith;

    public SpiralPlot(Theme theme) {
        super(theme, "spiral-plot");
        redrawOn(snapshot, sizeByLoss);
    }

    /**
     * While true, each point is drawn as large as its own loss (relative to ln C) and points that
     * cost more than a uniform guess get a red ring: the hard points near the borders stand out.
     */
    public javafx.beans.property.BooleanProperty sizeByLossProperty() {
        return sizeByLoss;
    }

    /** A point gets a red ring when its loss is this many times ln C: clearly worse than a uniform guess. */
    public static final double RING = 1.1;

    /** Point i's radius factor: 1 when not sized by loss, else 0.55 + 0.9·√(L_i / ln C), in [0.55, 2.6]. */
    public static double sizeFactor(double loss, double lnC) {
        if (Double.isNaN(loss)) {
            return 1;
        }
        return Math.max(0.55, Math.min(2.6, 0.55 + 0.9 * Math.sqrt(loss / lnC)));
    }

    public ObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot;
    }

    /** The square the plane is drawn in: left, top, side. */
    public double[] square() {
        return square(getWidth(), getHeight());
    }

    private double[] square(double w, double h) {
        double pad = theme.size(8);
        double bottom = theme.size(22);
        double side = Math.max(10, Math.min(w - 2 * pad, h - pad - bottom));
        return new double[] {(w - side) / 2, pad, side};
    }

    /** Pixel position of a data point (x, y) in the current layout, for tests. */
    public double[] pixel(double x, double y) {
        double[] sq = square();
        double e = extent();
        return new double[] {sq[0] + (x + e) / (2 * e) * sq[2], sq[1] + (e - y) / (2 * e) * sq[2]};
    }

    private double extent() {
        TrainingSnapshot s = snapshot.get();
        return s == null || s.grid() == null ? 1.1 : s.grid().extent();
    }

    /** A class's region colour: its colour mixed with the surface, light enough for points on top. */
    public static Color regionColor(Palette pal, int k) {
        return pal.classColor(k).interpolate(pal.surface(), 0.72);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        TrainingSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        Palette pal = theme.getPalette();
        double[] sq = square(w, h);
        if (s.grid() != null) {
            paint(s.grid(), pal);
            g.setImageSmoothing(false);
            g.drawImage(image, sq[0], sq[1], sq[2], sq[2]);
        }
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1));
        g.strokeRect(sq[0], sq[1], sq[2], sq[2]);
        SpiralData d = s.data();
        double r = theme.size(d.size() > 600 ? 2.6 : 3.6);
        Color ring = pal.surface();
        double[] losses = s.sampleLosses();
        boolean sized = sizeByLoss.get() && losses != null && losses.length == d.size();
        double lnC = Math.log(d.classes());
        Integer[] order = new Integer[d.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (sized) {
            // the costliest points last, so they are drawn on top
            java.util.Arrays.sort(order, (a, b) -> Double.compare(losses[a], losses[b]));
        }
        for (int i : order) {
            double[] p = pixel(d.x(i), d.y(i), sq);
            double ri = sized ? r * sizeFactor(losses[i], lnC) : r;
            point(g, d.label(i), p[0], p[1], ri, pal.classColor(d.label(i)), ring);
            if (sized && losses[i] > RING * lnC) {
                g.setStroke(pal.bad());
                g.setLineWidth(theme.stroke(1.6));
                g.strokeOval(p[0] - ri - 2, p[1] - ri - 2, 2 * ri + 4, 2 * ri + 4);
            }
        }
        g.setFill(pal.muted());
        g.setFont(font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(d.size() + " points; background = predicted class",
                sq[0] + sq[2] / 2, sq[1] + sq[2] + theme.size(4));
    }

    private double[] pixel(double x, double y, double[] sq) {
        double e = extent();
        return new double[] {sq[0] + (x + e) / (2 * e) * sq[2], sq[1] + (e - y) / (2 * e) * sq[2]};
    }

    /** Paints the grid into the image, only when the grid or the palette changed. */
    private void paint(DecisionGrid grid, Palette pal) {
        if (grid == painted && pal == paintedWith) {
            return;
        }
        int n = grid.size();
        if (image == null || image.getWidth() != n) {
            image = new WritableImage(n, n);
        }
        int[] argb = new int[10];
        for (int k = 0; k < argb.length; k++) {
            Color c = regionColor(pal, k);
            argb[k] = 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16)
                    | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
        }
        PixelWriter pw = image.getPixelWriter();
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                pw.setArgb(col, row, argb[grid.classAt(row, col) % argb.length]);
            }
        }
        painted = grid;
        paintedWith = pal;
    }

    /** Class k's marker: circle, square, diamond, triangle, inverted triangle. */
    static void point(GraphicsContext g, int k, double x, double y, double r, Color fill, Color ring) {
        g.setFill(fill);
        g.setStroke(ring);
        g.setLineWidth(1);
        switch (k % 5) {
            case 0 -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case 1 -> {
                double s = r * 0.9;
                g.fillRect(x - s, y - s, 2 * s, 2 * s);
                g.strokeRect(x - s, y - s, 2 * s, 2 * s);
            }
            case 2 -> poly(g, new double[] {x, x + r * 1.25, x, x - r * 1.25}, new double[] {y - r * 1.25, y, y + r * 1.25, y});
            case 3 -> poly(g, new double[] {x, x + r * 1.2, x - r * 1.2}, new double[] {y - r * 1.25, y + r * 0.85, y + r * 0.85});
            default -> poly(g, new double[] {x - r * 1.2, x + r * 1.2, x}, new double[] {y - r * 0.85, y - r * 0.85, y + r * 1.25});
        }
    }

    private static void poly(GraphicsContext g, double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }
}
