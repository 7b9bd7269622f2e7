package celab.plot;

import celab.core.Numbers;
import celab.core.Precision;
import celab.core.SoftmaxSteps;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Where exp breaks, on a signed log scale from −1000 to 1000. The top lane shows the logits as
 * the naive path feeds them to exp; the bottom lane the shifted logits z − max of the stable
 * path, which are never above 0. Shaded zones mark where exp overflows to ∞ (above 709.78 in
 * float64, 88.72 in float32) or underflows to 0 (below −745.1 / −104.0); the current
 * precision's zones are filled, the other precision's limits are dashed lines.
 */
public final class LogitScale extends CanvasPlot {
    private static final double LIMIT = 1000;

    private final ObjectProperty<double[]> logits = new SimpleObjectProperty<>(this, "logits");
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(this, "precision", Precision.FLOAT64);
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 0);

    public LogitScale(Theme theme) {
        super(theme, "logit-scale");
        redrawOn(logits, precision, names, target);
        setMinHeight(100);
    }

    public ObjectProperty<double[]> logitsProperty() {
        return logits;
    }

    public ObjectProperty<Precision> precisionProperty() {
        return precision;
    }

    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    public IntegerProperty targetProperty() {
        return target;
    }

    /** sign(x)·log10(1 + |x|): linear near 0, logarithmic far out. */
    static double symlog(double x) {
        return Math.signum(x) * Math.log10(1 + Math.abs(x));
    }

    /** The pixel x of logit value v in the current layout, for tests. */
    public double px(double v) {
        return xFor(v, getWidth());
    }

    private double xFor(double v, double w) {
        double left = theme.size(120);
        double right = w - theme.size(16);
        double t = (symlog(Math.max(-LIMIT, Math.min(LIMIT, v))) + symlog(LIMIT)) / (2 * symlog(LIMIT));
        return left + t * (right - left);
    }

    @Override
    protected double computePrefHeight(double width) {
        return theme.size(118);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double[] z = logits.get();
        if (z == null) {
            return;
        }
        Palette pal = theme.getPalette();
        Precision active = precision.get();
        Precision other = active == Precision.FLOAT64 ? Precision.FLOAT32 : Precision.FLOAT64;
        double top = theme.size(24);
        double lane = (h - top - theme.size(28)) / 2;
        double laneNaive = top + lane * 0.5;
        double laneStable = top + lane * 1.5;
        double x0 = xFor(-LIMIT, w);
        double x1 = xFor(LIMIT, w);

        // zones of the active precision
        double over = active.expOverflowThreshold();
        double under = SoftmaxSteps.expUnderflowThreshold(active);
        Color zone = pal.bad().deriveColor(0, 1, 1, 0.16);
        g.setFill(zone);
        g.fillRect(xFor(over, w), top, x1 - xFor(over, w), 2 * lane);
        g.setFill(pal.muted().deriveColor(0, 1, 1, 0.12));
        g.fillRect(x0, top, xFor(under, w) - x0, 2 * lane);
        g.setStroke(pal.bad());
        g.setLineWidth(theme.stroke(2));
        g.strokeLine(xFor(over, w), top - theme.size(4), xFor(over, w), top + 2 * lane);
        g.setFill(pal.bad());
        g.setFont(boldFont(11));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(active.label() + ": exp(z) = ∞ for z > " + Numbers.format(over, 5), x1, top - theme.size(6));
        g.setFill(pal.muted());
        g.setFont(font(10.5));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("exp(z) = 0 for z < " + Numbers.format(under, 4), x0, top - theme.size(6));

        // the other precision's limits, dashed
        g.setStroke(pal.muted());
        g.setLineWidth(theme.stroke(1));
        g.setLineDashes(theme.size(4), theme.size(3));
        double ox = xFor(other.expOverflowThreshold(), w);
        g.strokeLine(ox, top, ox, top + 2 * lane);
        g.setLineDashes();
        g.setFill(pal.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(other.label() + " " + Numbers.format(other.expOverflowThreshold(), 4), ox,
                top + 2 * lane + theme.size(14));

        // axis ticks
        g.setStroke(pal.grid());
        g.setFill(pal.muted());
        g.setFont(font(10.5));
        for (double t : new double[] {-1000, -100, -10, -1, 0, 1, 10, 100, 1000}) {
            double x = xFor(t, w);
            g.strokeLine(x, top, x, top + 2 * lane);
            g.fillText(Axes.tick(t), x, top + 2 * lane + theme.size(2));
        }
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1.2));
        g.strokeLine(x0, laneNaive, x1, laneNaive);
        g.strokeLine(x0, laneStable, x1, laneStable);

        g.setFill(pal.text());
        g.setFont(boldFont(11.5));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("naive: z", theme.size(4), laneNaive);
        g.fillText("stable: z − max", theme.size(4), laneStable);

        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        for (int k = 0; k < z.length; k++) {
            marker(g, pal, k, xFor(z[k], w), laneNaive);
            marker(g, pal, k, xFor(z[k] - max, w), laneStable);
        }
    }

    private void marker(GraphicsContext g, Palette pal, int k, double x, double y) {
        double r = theme.size(k == target.get() ? 7 : 5.5);
        CurveMark.Shape shape = CurveMark.Shape.values()[k % CurveMark.Shape.values().length];
        Shapes.fill(g, shape, x, y, r, pal.classColor(k), k == target.get() ? pal.text() : pal.classEdge(k),
                theme.stroke(k == target.get() ? 2 : 1));
    }
}
