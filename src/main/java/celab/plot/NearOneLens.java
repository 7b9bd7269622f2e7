package celab.plot;

import celab.core.Numbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The lens near p = 1, scaled to ε: p from 1 − 3ε to 1 + 1.5ε. With clipping the loss stops at
 * the floor −log(1 − ε) ≈ ε instead of reaching 0; without clipping it reaches 0 at p = 1 and
 * turns negative above 1, where rounding can push a probability. In float32 (and for tiny ε in
 * float64) the curves become stairs: only so many numbers exist this close to 1.
 */
public final class NearOneLens extends ClippingPlot {
    /** The lens spans [1 − BELOW·ε, 1 + ABOVE·ε]. */
    public static final double BELOW = 3;
    public static final double ABOVE = 1.5;

    public NearOneLens(Theme theme) {
        super(theme, "near-one-lens");
        setAccessibleText("lens near p = 1: loss against p from 1 − 3ε to 1 + 1.5ε, with and without clipping");
    }

    @Override
    protected PlotFrame frame(double w, double h) {
        double eps = clipOn().epsilon();
        return inset(w, h, 1 - BELOW * eps, 1 + ABOVE * eps, -2 * eps, 3.6 * eps, false);
    }

    @Override
    protected double[] samples(PlotFrame f) {
        int n = (int) Math.max(200, 3 * f.width());
        double[] grid = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = f.x0() + (f.x1() - f.x0()) * i / n;
        }
        return merge(grid, 1 - clipOn().epsilon(), 1.0);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        double eps = clipOn().epsilon();
        boolean on = clippingProperty().get().enabled();

        g.setFill(pal.highlight().deriveColor(0, 1, 1, Palette.SHADE));
        g.fillRect(f.px(1 - eps), f.top(), f.px(1) - f.px(1 - eps), f.height());
        g.setFill(pal.grid().deriveColor(0, 1, 1, 0.6));
        g.fillRect(f.px(1), f.top(), f.right() - f.px(1), f.height());
        axes(g, f, eps);
        double floor = lossAt(1, true);
        g.setStroke(pal.curve().deriveColor(0, 1, 1, Palette.FADED));
        g.setLineWidth(theme.stroke(1));
        g.setLineDashes(theme.size(2), theme.size(4));
        g.strokeLine(f.left(), f.py(floor), f.right(), f.py(floor));
        g.setLineDashes();
        drawCurves(g, f);

        g.setFont(boldFont(11.5));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(pal.muted());
        g.fillText("p > 1", (f.px(1) + f.right()) / 2, f.py(0.5 * Math.max(floor, eps * 0.6)));
        g.setFill(pal.curveAlt());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("loss < 0", f.right() - theme.size(5), f.bottom() - theme.size(3));

        lineTag(g, f, "floor " + loss(floor), f.py(floor), pal.curve(), !on);
        legend(g, f);
    }

    private void axes(GraphicsContext g, PlotFrame f, double eps) {
        Palette pal = theme.getPalette();
        g.setLineWidth(theme.stroke(1));
        g.setFont(font(11));
        g.setFill(pal.muted());
        String[] xs = {"1−3ε", "1−2ε", "1−ε", "1", "1+ε"};
        for (int i = 0; i < xs.length; i++) {
            double px = f.px(1 + (i - 3) * eps);
            g.setStroke(pal.grid());
            g.strokeLine(px, f.top(), px, f.bottom());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(xs[i], px, f.bottom() + theme.size(5));
        }
        String[] ys = {"−ε", "0", "ε", "2ε", "3ε"};
        for (int i = 0; i < ys.length; i++) {
            double py = f.py((i - 1) * eps);
            g.setStroke(i == 1 ? pal.axis() : pal.grid());
            g.strokeLine(f.left(), py, f.right(), py);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(ys[i], f.left() - theme.size(6), py);
        }
        g.setStroke(pal.axis());
        g.strokeLine(f.px(1), f.top(), f.px(1), f.bottom());
        Axes.frameAndTitles(g, theme, f, "p(true class)   with ε = " + Numbers.format(eps, 3), lossTitle());
    }
}
