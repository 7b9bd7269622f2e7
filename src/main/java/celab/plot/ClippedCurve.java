package celab.plot;

import javafx.scene.canvas.GraphicsContext;

/**
 * The whole curve, p from 0 to 1: with clipping, p below ε counts as ε and p above 1 − ε as
 * 1 − ε, so the curve is flat in both shaded strips. For the default ε the strips are far too thin
 * to see here, which is why the lenses exist; drag ε up towards 0.1 and they open.
 */
public final class ClippedCurve extends ClippingPlot {
    public static final double LOSS_MAX = 5;

    public ClippedCurve(Theme theme) {
        super(theme, "clipped-curve");
        setAccessibleText("loss curve over p from 0 to 1, with and without clipping");
    }

    @Override
    protected PlotFrame frame(double w, double h) {
        return inset(w, h, 0, 1, 0, LOSS_MAX, false);
    }

    @Override
    protected double[] samples(PlotFrame f) {
        int n = (int) Math.max(300, 2 * f.width());
        double[] grid = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            grid[i] = t * t; // denser near 0, where the curve is steep
        }
        double eps = clipOn().epsilon();
        return merge(grid, eps, 1 - eps);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        double eps = clipOn().epsilon();
        boolean on = clippingProperty().get().enabled();
        g.setFill(pal.highlight().deriveColor(0, 1, 1, Palette.SHADE));
        g.fillRect(f.left(), f.top(), f.px(eps) - f.left(), f.height());
        g.fillRect(f.px(1 - eps), f.top(), f.right() - f.px(1 - eps), f.height());
        Axes.drawLinear(g, theme, f, 5, (int) LOSS_MAX, "p(true class)", lossTitle());
        drawCurves(g, f);
        double cap = lossAt(0, true);
        if (cap <= LOSS_MAX) {
            lineTag(g, f, "cap " + loss(cap), f.py(cap), pal.curve(), !on);
        }
        legend(g, f);
    }
}
