package celab.plot;

import celab.core.LogBase;
import celab.core.Numbers;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * How the per-sample losses are spread: a histogram from 0 to 2·ln C (the last bin also holds
 * everything above), with ln C, the loss of a uniform guess, and the mean marked. Early in
 * training every point sits at ln C; as the network learns most move towards 0 and a few hard
 * ones stay far right.
 */
public final class LossHistogram extends CanvasPlot {
    /** Bins between 0 and 2·ln C. */
    public static final int BINS = 16;

    private final ObjectProperty<double[]> losses = new SimpleObjectProperty<>(this, "losses");
    private final DoubleProperty reference = new SimpleDoubleProperty(this, "reference", Math.log(3));

    public LossHistogram(Theme theme) {
        super(theme, "loss-histogram");
        redrawOn(losses, reference);
    }

    /** Per-sample losses in nats. */
    public ObjectProperty<double[]> lossesProperty() {
        return losses;
    }

    /** ln C in nats: the histogram spans 0 to twice this. */
    public DoubleProperty referenceProperty() {
        return reference;
    }

    @Override
    protected double computePrefHeight(double width) {
        return theme.size(150);
    }

    /** Points per bin; the last bin also counts every loss above its range (and ∞). */
    public static int[] counts(double[] losses, double top) {
        int[] n = new int[BINS];
        for (double l : losses) {
            if (Double.isNaN(l)) {
                continue;
            }
            int b = (int) Math.floor(l / top * BINS);
            n[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return n;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double[] ls = losses.get();
        if (ls == null || ls.length == 0) {
            return;
        }
        Palette pal = theme.getPalette();
        LogBase base = logBaseProperty().get();
        double ref = reference.get();
        double top = 2 * ref;
        int[] n = counts(ls, top);
        int max = 1;
        for (int c : n) {
            max = Math.max(max, c);
        }
        double s = theme.getZoom();
        PlotFrame f = new PlotFrame(44 * s, 22 * s, w - 44 * s - 14 * s, h - 22 * s - 40 * s, 0, base.fromNats(top), 0, max, false);
        Axes.frameAndTitles(g, theme, f, "loss of one point (" + base.unit() + ")", "points");
        double bw = f.width() / BINS;
        for (int b = 0; b < BINS; b++) {
            double y = f.py(n[b]);
            g.setFill(b * top / BINS >= ref ? pal.bad().interpolate(pal.surface(), 0.35) : pal.curve().interpolate(pal.surface(), 0.35));
            g.fillRect(f.left() + b * bw + 1, y, bw - 2, f.bottom() - y);
        }
        g.setFont(font(11));
        g.setFill(pal.muted());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i <= 4; i++) {
            double v = base.fromNats(top) * i / 4;
            g.fillText(Axes.tick(Math.round(v * 100) / 100.0) + (i == 4 ? "+" : ""), f.px(v), f.bottom() + theme.size(4));
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.valueOf(max), f.left() - theme.size(6), f.top());
        g.fillText("0", f.left() - theme.size(6), f.bottom());
        boolean hidden = numbersHidden();
        marker(g, f, pal, base.fromNats(ref), "ln C" + (hidden ? "" : " = " + Numbers.format(base.fromNats(ref), 3)), false);
        double mean = 0;
        for (double l : ls) {
            mean += l;
        }
        mean /= ls.length;
        if (Double.isFinite(mean)) {
            marker(g, f, pal, Math.min(base.fromNats(mean), f.x1()), "mean" + (hidden ? "" : " " + Numbers.format(base.fromNats(mean), 3)), true);
        }
    }

    private void marker(GraphicsContext g, PlotFrame f, Palette pal, double x, String text, boolean solid) {
        double px = f.px(x);
        g.setStroke(solid ? pal.text() : pal.muted());
        g.setLineWidth(theme.stroke(solid ? 2 : 1.2));
        if (!solid) {
            g.setLineDashes(theme.size(2), theme.size(4));
        }
        g.strokeLine(px, f.top() - theme.size(4), px, f.bottom());
        g.setLineDashes();
        g.setFill(solid ? pal.text() : pal.muted());
        g.setFont(solid ? boldFont(11) : font(11));
        boolean rightSide = px > f.left() + f.width() * 0.6;
        g.setTextAlign(rightSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, px + (rightSide ? -4 : 4) * theme.getZoom(), f.top() + (solid ? theme.size(10) : theme.size(-6)) + (solid ? 0 : 0));
    }
}
