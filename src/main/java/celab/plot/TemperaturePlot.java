package celab.plot;

import celab.core.DataAnalysis;
import celab.core.Numbers;
import celab.core.Temperature;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Mean loss against the temperature T (log axis) with the current T marked and, dashed on the
 * right axis, the accuracy: flat, because dividing every score by the same T never changes
 * which class is largest. The loss has one lowest point: the temperature "Fit T" finds.
 */
public final class TemperaturePlot extends DataPlot {
    private final ObjectProperty<double[][]> curve = new SimpleObjectProperty<>(this, "curve");
    private final DoubleProperty fitted = new SimpleDoubleProperty(this, "fitted", Double.NaN);

    public TemperaturePlot(Theme theme) {
        super(theme, "temperature-plot");
        redrawOn(curve, fitted);
    }

    /** {T values, mean loss at each}. */
    public ObjectProperty<double[][]> curveProperty() {
        return curve;
    }

    /** The fitted temperature, or NaN. */
    public DoubleProperty fittedProperty() {
        return fitted;
    }

    @Override
    protected void draw(GraphicsContext g, DataAnalysis a, double w, double h) {
        Palette pal = theme.getPalette();
        double[][] c = curve.get();
        double max = a.result().mean();
        double min = max;
        if (c != null) {
            for (double l : c[1]) {
                if (Double.isFinite(l)) {
                    max = Math.max(max, l);
                    min = Math.min(min, l);
                }
            }
        }
        // most of the curve's height is the steep cold end; keep the interesting part visible
        double top = niceCeil(Math.min(max, Math.max(4 * min, 1.5 * a.result().mean())) * 1.05);
        double z = theme.getZoom();
        PlotFrame f = new PlotFrame(52 * z, 22 * z, Math.max(10, w - 52 * z - 44 * z),
                Math.max(10, h - 22 * z - 42 * z), Temperature.MIN, Temperature.MAX, 0, top, true);
        g.setFont(font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double[] ticks = f.width() < theme.size(220) ? new double[] {0.1, 1, 10} : new double[] {0.1, 0.5, 1, 2, 5, 10};
        for (double t : ticks) {
            double px = f.px(t);
            g.setStroke(pal.grid());
            g.setLineWidth(theme.stroke(1));
            g.strokeLine(px, f.top(), px, f.bottom());
            g.setFill(pal.muted());
            g.fillText(Axes.tick(t), px, f.bottom() + theme.size(5));
        }
        if (!numbersHidden()) {
            yTicks(g, f, 4, false);
        }
        Axes.frameAndTitles(g, theme, f, "temperature T (log scale)", numbersHidden() ? "mean loss (hidden)" : "mean loss");
        // accuracy on the right axis: one flat line
        double acc = a.result().accuracy();
        double ya = f.top() + f.height() * (1 - acc);
        g.setStroke(pal.curveAlt());
        g.setLineWidth(theme.stroke(2));
        g.setLineDashes(theme.size(6), theme.size(4));
        g.strokeLine(f.left(), ya, f.right(), ya);
        g.setLineDashes();
        g.setFill(pal.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            g.fillText(25 * i + "%", f.right() + theme.size(5), f.top() + f.height() * (1 - i / 4.0));
        }
        g.setFill(pal.curveAlt());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("accuracy " + Numbers.percent(acc), f.left() + theme.size(4), ya + theme.size(3));
        if (c != null && !numbersHidden()) {
            int n = c[0].length;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = f.px(c[0][k]);
                ys[k] = f.py(Math.min(f.y1(), c[1][k]));
            }
            g.setStroke(pal.curve());
            g.setLineWidth(theme.stroke(2.5));
            g.strokePolyline(xs, ys, n);
        }
        double fit = fitted.get();
        if (Double.isFinite(fit)) {
            double px = f.px(fit);
            g.setStroke(pal.good());
            g.setLineWidth(theme.stroke(2));
            g.setLineDashes(theme.size(3), theme.size(3));
            g.strokeLine(px, f.top(), px, f.bottom());
            g.setLineDashes();
        }
        double t = a.temperature();
        double px = f.px(t);
        double loss = a.result().mean();
        double r = theme.size(6);
        g.setStroke(pal.highlight());
        g.setLineWidth(theme.stroke(2));
        g.strokeLine(px, f.top(), px, f.bottom());
        if (!numbersHidden() && Double.isFinite(loss)) {
            double py = f.py(Math.min(loss, f.y1()));
            g.setFill(pal.highlight());
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.setStroke(pal.text());
            g.setLineWidth(theme.stroke(1.2));
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
        caption(g, f, "T = " + Numbers.format(t, 3) + ": loss " + loss(loss)
                + (Double.isFinite(fit) ? " · fitted T = " + Numbers.format(fit, 3) : ""));
    }
}
