package celab.plot;

import celab.core.Numbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The lens near p = 0: p from 1e-16 to 0.1 on a log axis, where −log p is a straight line.
 * Without clipping it keeps rising (and is ∞ at p = 0); with clipping it stops at ε and stays
 * flat at the cap −log ε (16.118 for ε = 1e-7).
 */
public final class NearZeroLens extends ClippingPlot {
    public static final double P_MIN = 1e-16;
    public static final double P_MAX = 1e-1;
    public static final double LOSS_MAX = 40;

    public NearZeroLens(Theme theme) {
        super(theme, "near-zero-lens");
        setAccessibleText("lens near p = 0: loss against p on a log axis, with and without clipping");
    }

    @Override
    protected PlotFrame frame(double w, double h) {
        return inset(w, h, P_MIN, P_MAX, 0, LOSS_MAX, true);
    }

    @Override
    protected double[] samples(PlotFrame f) {
        int n = (int) Math.max(200, 2 * f.width());
        double[] grid = new double[n + 1];
        double a = Math.log10(P_MIN);
        double b = Math.log10(P_MAX);
        for (int i = 0; i <= n; i++) {
            grid[i] = Math.pow(10, a + (b - a) * i / n);
        }
        return merge(grid, clipOn().epsilon());
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        double eps = clipOn().epsilon();
        boolean on = clippingProperty().get().enabled();

        g.setFill(pal.highlight().deriveColor(0, 1, 1, Palette.SHADE));
        g.fillRect(f.left(), f.top(), f.px(eps) - f.left(), f.height());
        axes(g, f);
        double cap = lossAt(0, true);
        g.setStroke(pal.curve().deriveColor(0, 1, 1, Palette.FADED));
        g.setLineWidth(theme.stroke(1));
        g.setLineDashes(theme.size(2), theme.size(4));
        g.strokeLine(f.left(), f.py(cap), f.right(), f.py(cap));
        g.setLineDashes();
        vGuide(g, f, eps, pal.muted());
        drawCurves(g, f);

        lineTag(g, f, "cap −log ε = " + loss(cap), f.py(cap), pal.curve(), !on);
        epsLabel(g, f, eps, cap);
        legend(g, f);
    }

    /** "ε = …" beside the guide, just above the x axis or, when the cap is that low, above the cap. */
    private void epsLabel(GraphicsContext g, PlotFrame f, double eps, double cap) {
        Palette pal = theme.getPalette();
        String text = "ε = " + Numbers.format(eps, 3);
        g.setFont(boldFont(11.5));
        double tw = textWidth(text, boldFont(11.5));
        double x = f.px(eps) + theme.size(5);
        if (x + tw > f.right() - theme.size(2)) {
            x = f.px(eps) - theme.size(5) - tw;
        }
        g.setFill(pal.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        boolean capLow = f.bottom() - f.py(cap) < theme.size(30);
        double y = capLow ? f.py(cap) - theme.size(5) : f.bottom() - theme.size(4);
        g.fillText(text, x, y);
    }

    private void axes(GraphicsContext g, PlotFrame f) {
        Palette pal = theme.getPalette();
        g.setLineWidth(theme.stroke(1));
        g.setFont(font(11));
        g.setFill(pal.muted());
        for (int e = -16; e <= -1; e++) {
            double px = f.px(Math.pow(10, e));
            g.setStroke(pal.grid());
            g.strokeLine(px, f.top(), px, f.bottom());
            if ((e + 16) % 3 == 0) {
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText("1e" + e, px, f.bottom() + theme.size(5));
            }
        }
        for (int y = 0; y <= LOSS_MAX; y += 10) {
            double py = f.py(y);
            g.setStroke(pal.grid());
            g.strokeLine(f.left(), py, f.right(), py);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(String.valueOf(y), f.left() - theme.size(6), py);
        }
        Axes.frameAndTitles(g, theme, f, "p(true class), log scale", lossTitle());
    }
}
