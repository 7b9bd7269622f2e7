package celab.plot;

import celab.core.LossResult;
import celab.core.Numbers;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One bar per sample for the per-sample losses L_i of a batch, with the batch mean as a dashed
 * line across them. The scale follows the largest finite loss; an infinite loss is drawn as a bar
 * that runs off the top, broken by a zigzag and labelled "∞", so one poisoned sample is visible
 * at a glance. Under each bar: the sample number, its true class, and ✔ or ✘ for its argmax.
 * All numbers come from the {@link LossResult}; nothing is computed here.
 */
public final class SampleLossBars extends CanvasPlot {
    private final ObjectProperty<LossResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());

    public SampleLossBars(Theme theme) {
        super(theme, "sample-loss-bars");
        redrawOn(result, names);
        result.addListener((o, was, now) -> describe());
        numbersHiddenProperty().addListener((o, was, now) -> describe());
    }

    public ObjectProperty<LossResult> resultProperty() {
        return result;
    }

    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    /** The top of the loss axis for the current result: a round number above the largest finite loss. */
    public double scaleTop() {
        LossResult r = result.get();
        double max = 0;
        if (r != null) {
            for (int i = 0; i < r.size(); i++) {
                if (Double.isFinite(inUnit(r.loss(i)))) {
                    max = Math.max(max, inUnit(r.loss(i)));
                }
            }
        }
        double step = niceStep(Math.max(1.0, max) / 4);
        return Math.ceil(Math.max(1.0, max) / step - 1e-9) * step;
    }

    /** Where bar i is drawn in the plot's pixels (an ∞ bar runs to the top of the axis), for tests. */
    public Bounds barBounds(int i) {
        PlotFrame f = frame(getWidth(), getHeight());
        double slot = f.width() / result.get().size();
        double bar = barWidth(slot);
        double cx = f.left() + slot * (i + 0.5);
        double top = f.py(Math.min(inUnit(result.get().loss(i)), f.y1()));
        return new BoundingBox(cx - bar / 2, top, bar, f.bottom() - top);
    }

    private double barWidth(double slot) {
        return Math.min(slot * 0.55, theme.size(110));
    }

    private PlotFrame frame(double w, double h) {
        double s = theme.getZoom();
        double top = 34 * s;
        double bottom = 52 * s;
        double left = 48 * s;
        double right = 76 * s; // room for the mean's label beside the plot
        return new PlotFrame(left, top, w - left - right, h - top - bottom, 0, 1, 0, scaleTop(), false);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        LossResult r = result.get();
        if (r == null || r.size() == 0) {
            return;
        }
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        drawScale(g, f, pal);
        double slot = f.width() / r.size();
        double bar = barWidth(slot);
        for (int i = 0; i < r.size(); i++) {
            drawBar(g, f, pal, inUnit(r.loss(i)), f.left() + slot * (i + 0.5), bar);
        }
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1.2));
        g.strokeLine(f.left(), f.bottom(), f.right(), f.bottom());
        drawMean(g, f, pal, inUnit(r.mean()));
        for (int i = 0; i < r.size(); i++) {
            drawLabels(g, f, pal, r, i, f.left() + slot * (i + 0.5), slot);
        }
    }

    private void drawScale(GraphicsContext g, PlotFrame f, Palette pal) {
        double top = f.y1();
        double step = niceStep(top / 4);
        g.setFont(font(11));
        g.setLineWidth(theme.stroke(1));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int ticks = (int) Math.round(top / step);
        for (int k = 0; k <= ticks; k++) {
            double y = k * step;
            g.setStroke(pal.grid());
            g.strokeLine(f.left(), f.py(y), f.right(), f.py(y));
            g.setFill(pal.muted());
            if (!numbersHidden()) {
                g.fillText(Axes.tick(y), f.left() - theme.size(6), f.py(y));
            }
        }
        g.save();
        g.setFont(font(12));
        g.translate(f.left() - theme.size(36), f.top() + f.height() / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("loss L_i (" + unit() + ")", 0, 0);
        g.restore();
    }

    private double barTop(PlotFrame f, double loss) {
        return Double.isFinite(loss) ? f.py(loss) : f.top() - theme.size(8);
    }

    private void drawBar(GraphicsContext g, PlotFrame f, Palette pal, double loss, double cx, double bar) {
        boolean infinite = !Double.isFinite(loss);
        double top = barTop(f, loss);
        g.setFill(infinite ? pal.bad() : pal.curve());
        g.fillRect(cx - bar / 2, top, bar, f.bottom() - top);
        if (infinite) {
            zigzag(g, pal, cx, bar, f.top() + theme.size(10));
        }
    }

    /**
     * The value over a bar (with a halo so the mean line never hides it) and the sample's caption
     * under it. Captions shorten as bars get narrow; a finite value that would not fit its slot
     * is left out (the table beside the plot lists every loss), but ∞ is always written.
     */
    private void drawLabels(GraphicsContext g, PlotFrame f, Palette pal, LossResult r, int i, double cx, double slot) {
        double loss = inUnit(r.loss(i));
        boolean infinite = !Double.isFinite(loss);
        double top = barTop(f, loss);
        Font valueFont = boldFont(infinite ? 15 : 12);
        String value = numbersHidden() ? "?" : Numbers.format(loss);
        if (!infinite && width(value, valueFont) >= slot - theme.size(4)) {
            valueFont = boldFont(10); // narrow bars: fewer digits in a smaller font
            value = numbersHidden() ? "?" : Numbers.format(loss, 3);
        }
        if (infinite || width(value, valueFont) < slot - theme.size(2)) {
            g.setFont(valueFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.setStroke(pal.surface());
            g.setLineWidth(theme.size(4));
            g.strokeText(value, cx, top - theme.size(3));
            g.setFill(infinite ? pal.bad() : pal.text());
            g.fillText(value, cx, top - theme.size(3));
        }

        List<String> n = names.get();
        int t = r.trueClass(i);
        String name = t < n.size() ? n.get(t) : "class " + t;
        String mark = r.correct(i) ? "✔" : "✘";
        boolean wide = width("true " + name + "  " + mark, font(11)) < slot - theme.size(6)
                && width("sample " + i, boldFont(12)) < slot - theme.size(6);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(boldFont(12));
        g.setFill(pal.text());
        g.fillText(wide ? "sample " + i : String.valueOf(i), cx, f.bottom() + theme.size(5));
        g.setFont(font(11));
        g.setFill(pal.muted());
        g.fillText(wide ? "true " + name + "  " + mark : mark, cx, f.bottom() + theme.size(22));
    }

    private static double width(String s, Font font) {
        return TextMetrics.width(s, font);
    }

    /** A white zigzag across an ∞ bar: the bar is cut, its true height is off the scale. */
    private void zigzag(GraphicsContext g, Palette pal, double cx, double bar, double y) {
        double a = theme.size(4);
        int teeth = 4;
        double[] xs = new double[teeth * 2 + 1];
        double[] ys = new double[teeth * 2 + 1];
        for (int k = 0; k <= teeth * 2; k++) {
            xs[k] = cx - bar / 2 - 1 + (bar + 2) * k / (teeth * 2.0);
            ys[k] = y + (k % 2 == 0 ? -a : a);
        }
        g.setStroke(pal.surface());
        g.setLineWidth(theme.size(4));
        g.strokePolyline(xs, ys, xs.length);
    }

    private void drawMean(GraphicsContext g, PlotFrame f, Palette pal, double mean) {
        boolean infinite = !Double.isFinite(mean);
        double y = infinite ? f.top() : f.py(mean);
        g.setStroke(pal.curveAlt());
        g.setLineWidth(theme.stroke(2));
        g.setLineDashes(theme.size(7), theme.size(5));
        g.strokeLine(f.left(), y, f.right(), y);
        g.setLineDashes();
        g.setFill(pal.curveAlt());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFont(font(11));
        double x = f.right() + theme.size(6);
        g.fillText("mean", x, y - theme.size(1));
        g.setTextBaseline(VPos.TOP);
        g.setFont(boldFont(13));
        g.fillText(numbersHidden() ? "?" : Numbers.format(mean), x, y + theme.size(1));
    }

    private void describe() {
        LossResult r = result.get();
        if (r == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("per-sample losses: ");
        for (int i = 0; i < r.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(numbersHidden() ? "?" : Numbers.format(inUnit(r.loss(i))));
        }
        sb.append("; mean ").append(numbersHidden() ? "?" : Numbers.format(inUnit(r.mean())));
        setAccessibleText(sb.toString());
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least x. */
    static double niceStep(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= x - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
