package celab.plot;

import celab.core.Numbers;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The probability triangle for 3 classes. Every prediction is a point: the corners are the
 * certain predictions, the centre is (1/3, 1/3, 1/3). Drawn from the inside out:
 * <ul>
 *   <li>the argmax regions — where each class wins — lightly tinted in the class colour; their
 *       borders (two classes tied, solid lines) meet at the centre;</li>
 *   <li>contours of the loss −log p(true): lines where p(true) is constant, parallel to the side
 *       opposite the true corner, labelled with their loss;</li>
 *   <li>the predictions as points with their own contour dashed through them, in their colour.</li>
 * </ul>
 * Two points in one region get the same accuracy; on different contours they get different losses.
 * With a drag handler set, pressing moves the nearest point there and dragging carries it; a
 * pixel outside the triangle is clamped to its edge.
 */
public final class SimplexPlot extends CanvasPlot {

    /** Receives (point index, new row) while a point is dragged. */
    public interface PointDrag {
        void set(int point, double[] row);
    }

    /** Contour levels of the loss, in nats; each is the line p(true) = e^(−L). */
    static final double[] LEVELS = {0.25, 0.5, 1, 1.5, 2, 3};

    private final ObjectProperty<List<SimplexPoint>> points = new SimpleObjectProperty<>(this, "points", List.of());
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 0);
    private PointDrag onDrag;
    private int dragging = -1;
    private double grabDx;
    private double grabDy;

    public SimplexPlot(Theme theme) {
        super(theme, "simplex-plot");
        redrawOn(points, names, target);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.isStillSincePress()) {
                dragging = -1;
                redraw();
                return;
            }
            drag(e); // the last move may not have come as a drag event of its own
            dragging = -1;
            redraw();
        });
    }

    // Properties

    /** The predictions to draw; each must have 3 classes. The first is drawn on top. */
    public ObjectProperty<List<SimplexPoint>> pointsProperty() {
        return points;
    }

    /** Class names for the corners. */
    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    /** The true class: its corner is starred and the contours are drawn for it. */
    public IntegerProperty targetProperty() {
        return target;
    }

    public void setOnDrag(PointDrag handler) {
        onDrag = handler;
        setCursor(handler == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    /** The triangle as laid out now, for tests and mouse handling. */
    public SimplexGeometry geometry() {
        return fitted(getWidth(), getHeight());
    }

    /** The triangle in a w × h canvas, leaving room for the contour labels and the corner names. */
    private SimplexGeometry fitted(double w, double h) {
        return SimplexGeometry.fit(w, h, theme.size(48), theme.size(24), theme.size(24));
    }

    /** Pixel position of point i, for tests. */
    public double[] pointPosition(int i) {
        return geometry().toXY(points.get().get(i).row().toArray());
    }

    /** The point being dragged, or −1. */
    public int dragging() {
        return dragging;
    }

    // Drawing

    @Override
    protected double computePrefWidth(double height) {
        return 340;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Palette pal = theme.getPalette();
        SimplexGeometry geo = fitted(w, h);
        int t = target.get();
        drawRegions(g, geo, pal);
        drawContours(g, geo, pal, t);
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1.6));
        g.strokePolygon(new double[] {geo.x0(), geo.x1(), geo.x2()}, new double[] {geo.y0(), geo.y1(), geo.y2()}, 3);
        drawCorners(g, geo, pal, t);
        drawLegend(g, geo, pal, apexLabel(t));
        List<SimplexPoint> list = points.get();
        for (int i = list.size() - 1; i >= 0; i--) {
            if (i != dragging) {
                drawPoint(g, geo, pal, list.get(i), i, t);
            }
        }
        if (dragging >= 0 && dragging < list.size()) {
            drawPoint(g, geo, pal, list.get(dragging), dragging, t);
        }
    }

    /** Region k: corner k, the midpoints of its two sides, and the centre. */
    private void drawRegions(GraphicsContext g, SimplexGeometry geo, Palette pal) {
        double[] c = geo.centroid();
        for (int k = 0; k < 3; k++) {
            double[] v = geo.corner(k);
            double[] m1 = geo.toXY(mid(k, (k + 1) % 3));
            double[] m2 = geo.toXY(mid(k, (k + 2) % 3));
            g.setFill(pal.classColor(k).deriveColor(0, 1, 1, 0.13));
            g.fillPolygon(new double[] {v[0], m1[0], c[0], m2[0]}, new double[] {v[1], m1[1], c[1], m2[1]}, 4);
        }
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1.4));
        for (int k = 0; k < 3; k++) {
            double[] m = geo.toXY(mid(k, (k + 1) % 3));
            g.strokeLine(c[0], c[1], m[0], m[1]);
        }
    }

    private static double[] mid(int i, int j) {
        double[] p = new double[3];
        p[i] = 0.5;
        p[j] = 0.5;
        return p;
    }

    private void drawContours(GraphicsContext g, SimplexGeometry geo, Palette pal, int t) {
        int[] ends = labelEnds(geo, t);
        double[] normal = outward(geo, t, ends[1]);
        g.setFont(font(11));
        List<double[]> taken = new java.util.ArrayList<>();
        for (double level : LEVELS) {
            double p = Math.exp(-level); // the inverse of L = −log p
            double[] from = geo.toXY(row(t, p, ends[0]));
            double[] to = geo.toXY(row(t, p, ends[1]));
            g.setStroke(pal.muted().deriveColor(0, 1, 1, Palette.FADED));
            g.setLineWidth(theme.stroke(1));
            g.strokeLine(from[0], from[1], to[0], to[1]);
            g.setFill(pal.muted());
            // a label that would touch the one before it is left out (the line stays): at a small
            // size 1.5, 2 and 3 crowd together near the bottom corner
            String text = numbersHidden() ? "?" : Axes.tick(Math.round(inUnit(level) * 100) / 100.0);
            double[] box = labelBox(text, to[0] + normal[0] * theme.size(6), to[1] + normal[1] * theme.size(6), normal);
            if (!LossCurve.overlaps(taken, box[0], box[1], box[2], box[3])) {
                taken.add(box);
                label(g, text, to[0] + normal[0] * theme.size(6), to[1] + normal[1] * theme.size(6), normal);
            }
        }
    }

    /** The row with p on the true class and the rest on class {@code other}: one end of a contour. */
    private static double[] row(int t, double p, int other) {
        double[] r = new double[3];
        r[t] = p;
        r[other] = 1 - p;
        return r;
    }

    /**
     * The two other corners; contour labels go at the last one. That is the end of a slanted side
     * (the bottom side is left to the corner names), the right-hand one when both are slanted.
     */
    private static int[] labelEnds(SimplexGeometry geo, int t) {
        int a = (t + 1) % 3;
        int b = (t + 2) % 3;
        double[] vt = geo.corner(t);
        double[] va = geo.corner(a);
        double[] vb = geo.corner(b);
        boolean aFlat = Math.abs(va[1] - vt[1]) < 1e-6;
        boolean bFlat = Math.abs(vb[1] - vt[1]) < 1e-6;
        boolean aLast = bFlat || (!aFlat && va[0] > vb[0]);
        return aLast ? new int[] {b, a} : new int[] {a, b};
    }

    /** Unit normal of the side t–k pointing away from the triangle. */
    private static double[] outward(SimplexGeometry geo, int t, int k) {
        double[] a = geo.corner(t);
        double[] b = geo.corner(k);
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        double nx = dy / len;
        double ny = -dx / len;
        double[] c = geo.centroid();
        if (nx * ((a[0] + b[0]) / 2 - c[0]) + ny * ((a[1] + b[1]) / 2 - c[1]) < 0) {
            nx = -nx;
            ny = -ny;
        }
        return new double[] {nx, ny};
    }

    /** The box {@link #label} fills (x0, y0, x1, y1), with a small margin. */
    private double[] labelBox(String text, double x, double y, double[] normal) {
        javafx.geometry.Bounds size = TextMetrics.bounds(text, font(11));
        double w = size.getWidth();
        double h = size.getHeight();
        double x0 = normal[0] > 0.3 ? x : normal[0] < -0.3 ? x - w : x - w / 2;
        double y0 = normal[1] > 0.7 ? y : normal[1] < -0.7 ? y - h : y - h / 2;
        double m = theme.size(2);
        return new double[] {x0 - m, y0 - m, x0 + w + m, y0 + h + m};
    }

    /** Text beside a point, on the side the normal points to. */
    private static void label(GraphicsContext g, String text, double x, double y, double[] normal) {
        g.setTextAlign(normal[0] > 0.3 ? TextAlignment.LEFT : normal[0] < -0.3 ? TextAlignment.RIGHT : TextAlignment.CENTER);
        g.setTextBaseline(normal[1] > 0.7 ? VPos.TOP : normal[1] < -0.7 ? VPos.BOTTOM : VPos.CENTER);
        g.fillText(text, x, y);
    }

    private void drawCorners(GraphicsContext g, SimplexGeometry geo, Palette pal, int t) {
        double[] c = geo.centroid();
        for (int k = 0; k < 3; k++) {
            double[] v = geo.corner(k);
            boolean top = v[1] < c[1];
            g.setFont(k == t ? boldFont(13) : font(13));
            g.setFill(pal.text());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(top ? VPos.BOTTOM : VPos.TOP);
            g.fillText(cornerLabel(k, t), v[0], v[1] + (top ? -theme.size(7) : theme.size(7)));
            double r = theme.size(4);
            g.setFill(pal.classColor(k));
            g.fillOval(v[0] - r, v[1] - r, 2 * r, 2 * r);
            g.setStroke(pal.classEdge(k));
            g.setLineWidth(theme.stroke(1));
            g.strokeOval(v[0] - r, v[1] - r, 2 * r, 2 * r);
        }
    }

    private String cornerLabel(int k, int t) {
        List<String> n = names.get();
        String name = k < n.size() ? n.get(k) : "class " + k;
        return k == t ? "★ " + name + " (true)" : name;
    }

    /** The label of the top corner (class 1). */
    private String apexLabel(int t) {
        return cornerLabel(1, t);
    }

    /** Top left, when it clears the top corner's name: what the shading and the lines mean. */
    private void drawLegend(GraphicsContext g, SimplexGeometry geo, Palette pal, String apexLabel) {
        double x = theme.size(4);
        double y = theme.size(10);
        double row = theme.size(16);
        double sw = theme.size(10);
        String shade = "shade: argmax";
        String line = "line: equal loss";
        double textX = x + sw * 2.1 + theme.size(5);
        double right = textX + Math.max(width(shade, font(11)), width(line, font(11)));
        double apexLeft = geo.x1() - width(apexLabel, boldFont(13)) / 2;
        if (right + theme.size(8) > apexLeft || right + theme.size(8) > geo.x1() - (row * 2) / Math.sqrt(3)) {
            return;
        }
        for (int k = 0; k < 3; k++) {
            g.setFill(pal.classColor(k).deriveColor(0, 1, 1, 0.25));
            g.fillRect(x + k * sw * 0.7, y - sw / 2, sw * 0.7, sw);
        }
        g.setStroke(pal.muted());
        g.setLineWidth(theme.stroke(1));
        g.strokeLine(x, y + row, x + sw * 2.1, y + row);
        g.setFill(pal.muted());
        g.setFont(font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(shade, textX, y);
        g.fillText(line, textX, y + row);
    }

    private static double width(String s, Font f) {
        return TextMetrics.width(s, f);
    }

    private void drawPoint(GraphicsContext g, SimplexGeometry geo, Palette pal, SimplexPoint pt, int index, int t) {
        if (pt.row().size() != 3) {
            return;
        }
        Color col = switch (pt.colorIndex()) {
            case 1 -> pal.curveAlt();
            case 2 -> pal.truth();
            default -> pal.text();
        };
        double p = pt.row().get(t);
        int[] ends = labelEnds(geo, t);
        double[] from = geo.toXY(row(t, p, ends[0]));
        double[] to = geo.toXY(row(t, p, ends[1]));
        g.setStroke(col);
        g.setLineWidth(theme.stroke(1.6));
        g.setLineDashes(theme.size(5), theme.size(4));
        g.strokeLine(from[0], from[1], to[0], to[1]);
        g.setLineDashes();

        double[] xy = geo.toXY(pt.row().toArray());
        double r = theme.size(index == dragging ? 9 : 7.5);
        Shapes.fill(g, pt.shape(), xy[0], xy[1], r, col, pal.surface(), theme.stroke(2));
        String value = numbersHidden() ? "?" : Numbers.format(inUnit(pt.loss()));
        // the contour labels sit at ends[1]; the point's label goes the other way, toward ends[0]
        double[] away = geo.corner(ends[0]);
        boolean leftSide = away[0] < xy[0] - 1e-6 || (Math.abs(away[0] - xy[0]) <= 1e-6 && xy[0] > geo.x1());
        String text = leftSide ? value + "  " + pt.label() : pt.label() + "  " + value;
        double tx = xy[0] + (leftSide ? -1.7 : 1.7) * r;
        boolean above = index % 2 == 0 && xy[1] - 1.5 * r > geo.y1() + theme.size(26);
        double ty = xy[1] + (above ? -1.5 : 1.5) * r;
        g.setFont(boldFont(13));
        g.setTextAlign(leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(pal.surface());
        g.setLineWidth(theme.size(4));
        g.strokeText(text, tx, ty);
        g.setFill(col);
        g.fillText(text, tx, ty);
    }

    // Interaction

    private int nearestPoint(double x, double y) {
        List<SimplexPoint> list = points.get();
        SimplexGeometry geo = geometry();
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < list.size(); i++) {
            double[] xy = geo.toXY(list.get(i).row().toArray());
            double d = Math.hypot(xy[0] - x, xy[1] - y);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * Grabbing a point keeps it under the same spot of the pointer (no jump); pressing elsewhere
     * brings the nearest point to the pointer.
     */
    private void press(MouseEvent e) {
        dragging = onDrag == null || e.isSecondaryButtonDown() ? -1 : nearestPoint(e.getX(), e.getY());
        if (dragging < 0) {
            return;
        }
        double[] xy = pointPosition(dragging);
        grabDx = xy[0] - e.getX();
        grabDy = xy[1] - e.getY();
        if (Math.hypot(grabDx, grabDy) > theme.size(14)) {
            grabDx = 0;
            grabDy = 0;
            drag(e);
        } else {
            redraw();
        }
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (onDrag == null || dragging < 0 || e.isSecondaryButtonDown()) {
            return;
        }
        onDrag.set(dragging, geometry().rowAt(e.getX() + grabDx, e.getY() + grabDy, 1000));
        e.consume();
    }
}
