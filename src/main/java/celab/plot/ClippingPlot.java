package celab.plot;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.Numbers;
import celab.core.Precision;
import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * The −log p curve drawn twice, once with clipping at ε and once without, in the lab's current
 * precision: the base of the whole-range curve and the two zoom lenses. Both curves are the core's
 * loss function sampled across the axis; the one in use is drawn solid and strong, the other
 * faded. Clipped is a solid line, unclipped a dashed one, so they differ by more than colour.
 */
public abstract class ClippingPlot extends CanvasPlot {
    private final ObjectProperty<Clipping> clipping = new SimpleObjectProperty<>(this, "clipping", Clipping.DEFAULT);
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(this, "precision", Precision.FLOAT64);
    /** Pixel x of each sample and pixel y of each drawn curve, from the last drawCurves. */
    private double[] xs = new double[0];
    private double[][] drawn = new double[0][];

    protected ClippingPlot(Theme theme, String styleClass) {
        super(theme, styleClass);
        getStyleClass().add("clipping-plot");
        redrawOn(clipping, precision);
    }

    // Properties

    /** The clipping in use; its ε also defines the faded alternative (clipped when off, and vice versa). */
    public ObjectProperty<Clipping> clippingProperty() {
        return clipping;
    }

    public ObjectProperty<Precision> precisionProperty() {
        return precision;
    }

    /** The pixel position of a data point, for tests that look at pixels. */
    public double[] toPixel(double x, double y) {
        PlotFrame f = frame(getWidth(), getHeight());
        return new double[] {f.px(x), f.py(y)};
    }

    // Drawing

    /** The data ↔ pixel mapping for the current size and ε. */
    protected abstract PlotFrame frame(double w, double h);

    /** The p values to sample, ascending, across the frame. */
    protected abstract double[] samples(PlotFrame f);

    /** A frame inside the usual margins. */
    protected PlotFrame inset(double w, double h, double x0, double x1, double y0, double y1, boolean logX) {
        double s = theme.getZoom();
        double left = 58 * s;
        double top = 12 * s;
        return new PlotFrame(left, top, Math.max(10, w - left - 16 * s), Math.max(10, h - top - 44 * s),
                x0, x1, y0, y1, logX);
    }

    protected Clipping clipOn() {
        return clipping.get().withEnabled(true);
    }

    protected Clipping clipOff() {
        return clipping.get().withEnabled(false);
    }

    protected Precision precision() {
        return precision.get();
    }

    /** The loss the core gives at p, for the clipped or unclipped variant, in the plot's unit. */
    protected double lossAt(double p, boolean clipped) {
        return inUnit(CrossEntropy.loss(p, clipped ? clipOn() : clipOff(), precision.get()));
    }

    /** Both curves, the one in use on top; remembers where they went so labels can keep clear. */
    protected void drawCurves(GraphicsContext g, PlotFrame f) {
        double[] ps = samples(f);
        boolean on = clipping.get().enabled();
        xs = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            xs[i] = f.px(ps[i]);
        }
        double[] inUse = pixelRows(f, ps, on);
        double[] other = pixelRows(f, ps, !on);
        stroke(g, f, other, !on, false);
        stroke(g, f, inUse, on, true);
        drawn = new double[][] {inUse, other};
    }

    /** The pixel y of the curve at each sample; NaN where the loss is NaN, ±∞ pinned past the frame. */
    private double[] pixelRows(PlotFrame f, double[] ps, boolean clipped) {
        double below = f.y0() - (f.y1() - f.y0());
        double above = f.y1() + (f.y1() - f.y0());
        double[] ys = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double loss = lossAt(ps[i], clipped);
            ys[i] = Double.isNaN(loss) ? Double.NaN : f.py(Math.max(below, Math.min(above, loss)));
        }
        return ys;
    }

    private void stroke(GraphicsContext g, PlotFrame f, double[] ys, boolean clipped, boolean active) {
        Palette pal = theme.getPalette();
        g.save();
        g.beginPath();
        // whole pixels: with a fractional clip rectangle the software renderer drops the next stroke
        g.rect(Math.floor(f.left()), Math.floor(f.top() - 3), Math.ceil(f.width() + 3), Math.ceil(f.height() + 6));
        g.clip();
        g.setLineCap(StrokeLineCap.BUTT); // square caps would fill the gaps of thick dashes
        g.setGlobalAlpha(active ? 1.0 : Palette.FADED);
        g.setStroke(clipped ? pal.curve() : pal.curveAlt());
        g.setLineWidth(theme.stroke(clipped ? (active ? 3 : 2) : (active ? 2.5 : 1.8)));
        if (!clipped) {
            g.setLineDashes(theme.size(7), theme.size(5));
        }
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < ys.length; i++) {
            if (Double.isNaN(ys[i])) {
                started = false;
            } else if (!started) {
                g.moveTo(xs[i], ys[i]);
                started = true;
            } else {
                g.lineTo(xs[i], ys[i]);
            }
        }
        g.stroke();
        g.restore();
    }

    /** Whether any drawn curve passes through the pixel rectangle [x0, x1] × [y0, y1]. */
    private boolean crossed(double x0, double y0, double x1, double y1) {
        for (double[] ys : drawn) {
            for (int i = 1; i < xs.length; i++) {
                double ya = ys[i - 1];
                double yb = ys[i];
                if (Double.isNaN(ya) || Double.isNaN(yb) || xs[i] < x0 || xs[i - 1] > x1) {
                    continue;
                }
                if (Math.min(ya, yb) <= y1 && Math.max(ya, yb) >= y0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sorted, distinct sample points: a grid plus the exact points where clipping bends the curve. */
    protected static double[] merge(double[] grid, double... extra) {
        double[] all = Arrays.copyOf(grid, grid.length + extra.length);
        System.arraycopy(extra, 0, all, grid.length, extra.length);
        Arrays.sort(all);
        return Arrays.stream(all).distinct().toArray();
    }

    /** The loss axis title with the unit: "loss  −ln p  (nats)". */
    protected String lossTitle() {
        return "loss  −" + logBaseProperty().get().symbol() + " p  (" + unit() + ")";
    }

    /** A loss as text, or "?" while numbers are hidden. */
    protected String loss(double v) {
        return numbersHidden() ? "?" : Numbers.format(v);
    }

    /**
     * Names the horizontal line at pixel y with a small boxed tag at the left of the plot: just
     * below the line, or, where a curve would run through it there, lower down in the first clear
     * place, joined to the line by a dotted leader. Call after {@link #drawCurves}.
     */
    protected void lineTag(GraphicsContext g, PlotFrame f, String text, double lineY, Color color, boolean faded) {
        double tw = textWidth(text, boldFont(11.5));
        double w = tw + 2 * theme.size(4);
        double th = theme.size(17);
        double x = f.left() + theme.size(6);
        double first = lineY + theme.size(4);
        double top = first;
        for (double t = first; t + th <= f.bottom() - 2; t += 2) {
            if (!crossed(x - 2, t - 2, x + w + 2, t + th + 2)) {
                top = t;
                break;
            }
        }
        g.setGlobalAlpha(faded ? Palette.FADED : 1);
        if (top > first + 1) {
            double lx = x + theme.size(10);
            g.setStroke(color);
            g.setLineWidth(theme.stroke(1));
            g.setLineDashes(theme.size(2), theme.size(2));
            g.strokeLine(lx, lineY, lx, top);
            g.setLineDashes();
        }
        box(g, text, x, top, w, th, color);
        g.setGlobalAlpha(1);
    }

    private void box(GraphicsContext g, String text, double x, double top, double w, double th, Color color) {
        g.setFill(theme.getPalette().surface());
        g.fillRoundRect(x, top, w, th, 6, 6);
        g.setStroke(color);
        g.setLineWidth(theme.stroke(1.2));
        g.strokeRoundRect(x, top, w, th, 6, 6);
        g.setFont(boldFont(11.5));
        g.setFill(color);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + theme.size(4), top + th / 2);
    }

    /**
     * A compact legend in the top-right corner, where every one of these plots is empty: a line
     * sample per curve, the one in use in bold and the other faded like its curve.
     */
    protected void legend(GraphicsContext g, PlotFrame f) {
        Palette pal = theme.getPalette();
        boolean on = clipping.get().enabled();
        String a = "clipped";
        String b = "not clipped";
        double tw = Math.max(textWidth(a, boldFont(11.5)), textWidth(b, boldFont(11.5)));
        double sample = theme.size(24);
        double line = theme.size(17);
        double pad = theme.size(6);
        double w = tw + sample + 3 * pad;
        double h = 2 * line + pad;
        double x = f.right() - w - theme.size(4);
        double y = f.top() + theme.size(4);
        g.setGlobalAlpha(0.92);
        g.setFill(pal.surface());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setGlobalAlpha(1);
        g.setStroke(pal.grid());
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, 8, 8);
        legendRow(g, x + pad, y + pad / 2 + line / 2, sample, a, pal.curve(), false, on);
        legendRow(g, x + pad, y + pad / 2 + line * 1.5, sample, b, pal.curveAlt(), true, !on);
    }

    private void legendRow(GraphicsContext g, double x, double y, double sample, String text, Color c,
                           boolean dashed, boolean active) {
        g.setGlobalAlpha(active ? 1 : Palette.FADED);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setStroke(c);
        g.setLineWidth(theme.stroke(2.5));
        if (dashed) {
            g.setLineDashes(theme.size(6), theme.size(4));
        }
        g.strokeLine(x, y, x + sample, y);
        g.setLineDashes();
        g.setFont(active ? boldFont(11.5) : font(11.5));
        g.setFill(theme.getPalette().text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + sample + theme.size(6), y);
        g.setGlobalAlpha(1);
        g.setLineCap(StrokeLineCap.SQUARE);
    }

    /** A vertical dashed guide at data x. */
    protected void vGuide(GraphicsContext g, PlotFrame f, double x, Color c) {
        double px = f.px(x);
        g.setStroke(c);
        g.setLineWidth(theme.stroke(1.2));
        g.setLineDashes(theme.size(3), theme.size(3));
        g.strokeLine(px, f.top(), px, f.bottom());
        g.setLineDashes();
    }

    protected static double textWidth(String s, javafx.scene.text.Font font) {
        return TextMetrics.width(s, font);
    }
}
