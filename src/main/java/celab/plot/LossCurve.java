package celab.plot;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.Gradients;
import celab.core.LogBase;
import celab.core.Numbers;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;

/**
 * The curve L = −log(p) over p ∈ (0, 1] with marks for the current predictions. The curve is the
 * core's loss function sampled across the axis; the marks' losses come from the model's result.
 * When a drag handler is set, pressing or dragging anywhere in the plot, or the arrow keys,
 * move the first mark's p along the curve.
 */
public final class LossCurve extends CanvasPlot {
    private static final double LEFT = 52;
    private static final double BOTTOM = 40;

    private final ObjectProperty<List<CurveMark>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    private final ObjectProperty<Clipping> clipping = new SimpleObjectProperty<>(this, "clipping", Clipping.DEFAULT);
    private final DoubleProperty yMax = new SimpleDoubleProperty(this, "yMax", 5.0);
    private final BooleanProperty tangent = new SimpleBooleanProperty(this, "tangent", false);
    private final ObjectProperty<List<Double>> comparisons = new SimpleObjectProperty<>(this, "comparisons", List.of());
    private DoubleConsumer onDrag;

    public LossCurve(Theme theme) {
        super(theme, "loss-curve");
        redrawOn(marks, clipping, yMax, tangent, comparisons);
        setFocusTraversable(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    // Properties

    public ObjectProperty<List<CurveMark>> marksProperty() {
        return marks;
    }

    public ObjectProperty<Clipping> clippingProperty() {
        return clipping;
    }

    /** Top of the loss axis (default 5); marks above it are drawn at the edge with their value. */
    public DoubleProperty yMaxProperty() {
        return yMax;
    }


    /** Whether the tangent at the first mark is drawn (slope −1/p = ∂L/∂p_true). */
    public BooleanProperty tangentProperty() {
        return tangent;
    }

    /** Values of p where a faint tangent is drawn for comparison ("how hard does the loss push?"). */
    public ObjectProperty<List<Double>> comparisonsProperty() {
        return comparisons;
    }

    /** The drawn curve's value at p, in the axis unit. */
    public double valueAt(double p) {
        return logBaseProperty().get().fromNats(CrossEntropy.loss(p, clipping.get()));
    }

    /** The slope of the tangent drawn at p, in the axis unit per unit of p. */
    public double slopeAt(double p) {
        return logBaseProperty().get().fromNats(Gradients.curveSlope(p, clipping.get()));
    }

    /** Called with a new p when the learner drags along the curve; null makes the curve read-only. */
    public void setOnDrag(DoubleConsumer handler) {
        this.onDrag = handler;
        setCursor(handler == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    /** The pixel position of mark i, for tests that drag it. */
    public double[] markPosition(int i) {
        PlotFrame f = frame(getWidth(), getHeight());
        CurveMark m = marks.get().get(i);
        return new double[] {f.px(m.p()), f.py(Math.min(logBaseProperty().get().fromNats(m.loss()), yMax.get()))};
    }

    // Drawing

    private PlotFrame frame(double w, double h) {
        double s = theme.getZoom();
        double top = 14 * s;
        return new PlotFrame(LEFT * s, top, w - LEFT * s - 18 * s, h - top - BOTTOM * s,
                0, 1, 0, yMax.get(), false);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        LogBase base = logBaseProperty().get();
        Axes.drawLinear(g, theme, f, 5, (int) Math.round(yMax.get()), "p(true class)",
                "loss  −" + base.symbol() + " p  (" + base.unit() + ")", !numbersHidden());
        drawCurve(g, f, pal);
        List<CurveMark> list = marks.get();
        for (double p : comparisons.get()) {
            drawTangent(g, f, pal, p, false);
        }
        if (tangent.get() && !list.isEmpty()) {
            drawTangent(g, f, pal, list.get(0).p(), true);
        }
        // guides first, then points, then labels: no dashed guide strikes through another mark's label
        for (int i = list.size() - 1; i >= 0; i--) {
            drawGuides(g, f, list.get(i), pal);
        }
        for (int i = list.size() - 1; i >= 0; i--) {
            drawPoint(g, f, list.get(i), pal);
        }
        List<double[]> taken = new java.util.ArrayList<>();
        for (int i = list.size() - 1; i >= 0; i--) {
            drawLabel(g, f, list.get(i), pal, labelBelow(list, i), i == 0 && tangent.get(), taken);
        }
    }

    private void drawCurve(GraphicsContext g, PlotFrame f, Palette pal) {
        Clipping clip = clipping.get();
        g.save();
        g.beginPath();
        g.rect(f.left(), f.top() - 2, f.width() + 2, f.height() + 2);
        g.clip();
        g.setStroke(pal.curve());
        g.setLineWidth(theme.stroke(2.5));
        g.beginPath();
        int steps = (int) Math.max(200, f.width());
        boolean started = false;
        for (int i = 0; i <= steps; i++) {
            // denser near p = 0 where the curve is steep
            double t = (double) i / steps;
            double p = t * t;
            double loss = logBaseProperty().get().fromNats(CrossEntropy.loss(p, clip));
            if (!Double.isFinite(loss)) {
                continue;
            }
            double x = f.px(p);
            double y = f.py(Math.min(loss, f.y1() + 1));
            if (!started) {
                g.moveTo(x, y);
                started = true;
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.restore();
    }

    /**
     * The tangent at p: a line through (p, L(p)) with the curve's slope, across the plot. The
     * current point's is solid and labelled; comparison tangents are faint and short.
     */
    private void drawTangent(GraphicsContext g, PlotFrame f, Palette pal, double p, boolean current) {
        double l = valueAt(p);
        double k = slopeAt(p);
        if (!Double.isFinite(l) || !Double.isFinite(k) || l > f.y1()) {
            return;
        }
        // a segment of fixed length in pixels keeps steep and flat tangents equally visible
        double sx = f.width() / (f.x1() - f.x0());
        double sy = f.height() / (f.y1() - f.y0());
        double dxPx = 1;
        double dyPx = -k * sy / sx;
        double norm = Math.hypot(dxPx, dyPx);
        double half = theme.size(current ? 120 : 55);
        double x0 = f.px(p);
        double y0 = f.py(l);
        g.save();
        g.beginPath();
        g.rect(f.left(), f.top(), f.width(), f.height());
        g.clip();
        g.setStroke(current ? pal.truth() : pal.muted());
        g.setLineWidth(theme.stroke(current ? 2 : 1.5));
        if (!current) {
            g.setLineDashes(theme.size(5), theme.size(4));
        }
        g.strokeLine(x0 - half * dxPx / norm, y0 - half * dyPx / norm, x0 + half * dxPx / norm, y0 + half * dyPx / norm);
        g.setLineDashes();
        g.restore();
        String slope = Numbers.format(k, 3);
        g.setFont(current ? boldFont(12) : font(11));
        g.setFill(current ? pal.truth() : pal.muted());
        g.setTextBaseline(VPos.TOP);
        String text;
        double tx;
        double ty;
        if (current) {
            // top right, where the curve is low: clear of the point's own label
            text = "tangent: slope " + (logBaseProperty().get() == LogBase.E ? "−1/p" : "−1/(p·ln 2)") + " = " + slope;
            g.setTextAlign(TextAlignment.RIGHT);
            tx = f.right() - theme.size(4);
            ty = f.top() + theme.size(4);
        } else {
            text = "p = " + Numbers.format(p, 2) + ": slope " + slope;
            g.setTextAlign(TextAlignment.LEFT);
            tx = Math.min(x0 + theme.size(8), f.right() - theme.size(110));
            // near p = 1 the current point's label sits just above the curve: keep clear of it
            ty = Math.max(f.top() + theme.size(22), y0 - theme.size(p > 0.5 ? 50 : 30));
        }
        g.fillText(text, tx, ty);
    }

    /**
     * With several marks, labels alternate above and below their points in order of loss (the
     * highest above), so two nearby marks do not write over each other.
     */
    private static boolean labelBelow(List<CurveMark> list, int i) {
        int higher = 0;
        for (int j = 0; j < list.size(); j++) {
            double lj = list.get(j).loss();
            double li = list.get(i).loss();
            if (lj > li || (lj == li && j < i)) {
                higher++;
            }
        }
        return higher % 2 == 1;
    }

    private Color color(CurveMark m, Palette pal) {
        return switch (m.colorIndex()) {
            case 1 -> pal.curveAlt();
            case 2 -> pal.truth();
            default -> pal.text();
        };
    }

    /** The mark's loss in the lab's unit (nats or bits), as the axis shows it. */
    private double lossInUnit(CurveMark m) {
        return logBaseProperty().get().fromNats(m.loss());
    }

    private boolean off(PlotFrame f, CurveMark m) {
        return !(lossInUnit(m) <= f.y1());
    }

    private double[] at(PlotFrame f, CurveMark m) {
        boolean off = off(f, m);
        return new double[] {f.px(Math.max(0, Math.min(1, m.p()))), f.py(off ? f.y1() : Math.max(f.y0(), lossInUnit(m)))};
    }

    private void drawGuides(GraphicsContext g, PlotFrame f, CurveMark m, Palette pal) {
        double[] xy = at(f, m);
        g.setStroke(pal.muted());
        g.setLineWidth(theme.stroke(1));
        g.setLineDashes(theme.size(4), theme.size(4));
        g.strokeLine(xy[0], xy[1], xy[0], f.bottom());
        g.strokeLine(f.left(), xy[1], xy[0], xy[1]);
        g.setLineDashes();
    }

    private void drawPoint(GraphicsContext g, PlotFrame f, CurveMark m, Palette pal) {
        double[] xy = at(f, m);
        Shapes.fill(g, m.shape(), xy[0], xy[1], theme.size(7), color(m, pal), pal.surface(), theme.stroke(2));
    }

    /**
     * The mark's name and loss beside it, on a halo of the background so that no line crosses the
     * text; moved up or down past labels already placed ({@code taken}: x0, y0, x1, y1).
     *
     * @param besideTangent the tangent runs through this point from upper left to lower right, so
     *                      the label goes where it is not: above right, or below left near p = 1
     */
    private void drawLabel(GraphicsContext g, PlotFrame f, CurveMark m, Palette pal, boolean below,
                           boolean besideTangent, List<double[]> taken) {
        double[] xy = at(f, m);
        double x = xy[0];
        double y = xy[1];
        boolean off = off(f, m);
        double r = theme.size(7);
        String value = numbersHidden() ? "?" : Numbers.format(lossInUnit(m));
        String text = m.label().isEmpty() ? value : m.label() + "  " + value;
        if (off) {
            text = "↑ " + text;
        }
        javafx.scene.text.Font font = boldFont(13);
        javafx.geometry.Bounds size = TextMetrics.bounds(text, font);
        double tw = size.getWidth();
        double th = size.getHeight();
        boolean leftSide = x > f.left() + f.width() * (besideTangent ? 0.82 : 0.5);
        boolean roomBelow = y + r * 3 < f.bottom();
        boolean under = off || (besideTangent ? leftSide && roomBelow : below && roomBelow);
        if (!leftSide && x + 1.6 * r + tw > f.right()) {
            leftSide = true; // no room on the right of the plot: the label goes left, below the tangent
            under = off || (besideTangent ? roomBelow : under);
        }
        double tx = x + (leftSide ? -1.6 : 1.6) * r;
        double ty = y + (under ? r * 1.6 : -r * 1.4);
        double x0 = leftSide ? tx - tw : tx;
        for (int tries = 0; tries < 4 && overlaps(taken, x0, ty - th / 2, x0 + tw, ty + th / 2); tries++) {
            ty += (under ? 1 : -1) * th;
        }
        taken.add(new double[] {x0, ty - th / 2, x0 + tw, ty + th / 2});
        g.setFont(font);
        g.setTextAlign(leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(pal.surface());
        g.setLineWidth(theme.size(4));
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        g.strokeText(text, tx, ty);
        g.setFill(color(m, pal));
        g.fillText(text, tx, ty);
    }

    static boolean overlaps(List<double[]> boxes, double x0, double y0, double x1, double y1) {
        for (double[] b : boxes) {
            if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) {
                return true;
            }
        }
        return false;
    }

    // Interaction

    private void drag(MouseEvent e) {
        if (onDrag == null || e.isSecondaryButtonDown()) {
            return;
        }
        requestFocus();
        PlotFrame f = frame(getWidth(), getHeight());
        double p = Math.max(0, Math.min(1, f.xAt(e.getX())));
        onDrag.accept(Math.round(p * 1000) / 1000.0);
        e.consume();
    }

    private void key(KeyEvent e) {
        if (onDrag == null || marks.get().isEmpty()) {
            return;
        }
        double step = e.isShiftDown() ? 0.001 : 0.01;
        double p = marks.get().get(0).p();
        if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.DOWN) {
            onDrag.accept(Math.max(0, p - step));
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP) {
            onDrag.accept(Math.min(1, p + step));
            e.consume();
        }
    }
}
