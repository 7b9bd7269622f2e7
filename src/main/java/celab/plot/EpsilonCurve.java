package celab.plot;

import celab.core.Clipping;
import celab.core.ClippingEffect;
import celab.core.DataAnalysis;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * What clipping does to this data: the mean loss if every p(true) were clipped to [ε, 1 − ε],
 * as a function of ε (log axis), with the current ε marked. Flat on the left while ε is below
 * every p(true); rising once ε starts lifting the worst samples' probabilities.
 */
public final class EpsilonCurve extends DataPlot {
    private static final int POINTS = 120;
    private final ObjectProperty<Clipping> clipping = new SimpleObjectProperty<>(this, "clipping", Clipping.DEFAULT);

    public EpsilonCurve(Theme theme) {
        super(theme, "epsilon-curve");
        redrawOn(clipping);
    }

    public ObjectProperty<Clipping> clippingProperty() {
        return clipping;
    }

    @Override
    protected void draw(GraphicsContext g, DataAnalysis a, double w, double h) {
        Palette pal = theme.getPalette();
        ClippingEffect e = a.clipping();
        double[] eps = ClippingEffect.curveEpsilons(POINTS);
        double max = 0;
        double[] ys = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            ys[k] = e.meanLoss(eps[k]);
            if (Double.isFinite(ys[k])) {
                max = Math.max(max, ys[k]);
            }
        }
        double z = theme.getZoom();
        PlotFrame f = new PlotFrame(52 * z, 36 * z, Math.max(10, w - 66 * z), Math.max(10, h - 78 * z),
                ClippingEffect.CURVE_MIN, ClippingEffect.CURVE_MAX, 0, niceCeil(max * 1.1), true);
        logTicks(g, f);
        if (!numbersHidden()) {
            yTicks(g, f, 4, false);
        }
        Axes.frameAndTitles(g, theme, f, "ε (log scale)", numbersHidden() ? "mean loss (hidden)" : "mean loss");
        if (!numbersHidden()) {
            double[] xs = new double[POINTS];
            double[] py = new double[POINTS];
            for (int k = 0; k < POINTS; k++) {
                xs[k] = f.px(eps[k]);
                py[k] = f.py(Math.min(ys[k], f.y1()));
            }
            g.setStroke(pal.curve());
            g.setLineWidth(theme.stroke(2.5));
            g.strokePolyline(xs, py, POINTS);
        }
        Clipping c = clipping.get();
        double now = c.epsilon();
        if (now >= f.x0() && now <= f.x1()) {
            double px = f.px(now);
            g.setStroke(pal.highlight());
            g.setLineWidth(theme.stroke(2.5));
            g.setLineDashes(theme.size(6), theme.size(4));
            g.strokeLine(px, f.top(), px, f.bottom());
            g.setLineDashes();
            if (!numbersHidden()) {
                double r = theme.size(5.5);
                g.setFill(pal.highlight());
                g.fillOval(px - r, f.py(Math.min(e.meanLoss(now), f.y1())) - r, 2 * r, 2 * r);
                g.setStroke(pal.text());
                g.setLineWidth(theme.stroke(1.2));
                g.strokeOval(px - r, f.py(Math.min(e.meanLoss(now), f.y1())) - r, 2 * r, 2 * r);
            }
        }
        g.setFill(pal.text());
        g.setFont(font(11.5));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("ε = " + Axes.tick(now) + (c.enabled() ? "" : " (off)") + " clips " + e.clipped(now) + " rows",
                f.left(), f.top() - theme.size(19));
        g.setFill(pal.muted());
        g.setFont(font(10.5));
        g.fillText("p < ε: " + e.below(now) + " · p > 1−ε: " + e.above(now), f.left(), f.top() - theme.size(5));
    }
}
