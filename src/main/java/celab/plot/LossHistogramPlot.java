package celab.plot;

import celab.core.DataAnalysis;
import celab.core.LossHistogram;
import javafx.scene.canvas.GraphicsContext;

/**
 * How the per-sample losses are spread, on a log loss axis (most samples of a good classifier
 * lose almost nothing; a few lose a lot), with the mean marked: the few big losses pull it far
 * to the right of where most samples are.
 */
public final class LossHistogramPlot extends DataPlot {

    public LossHistogramPlot(Theme theme) {
        super(theme, "loss-histogram");
    }

    @Override
    protected void draw(GraphicsContext g, DataAnalysis a, double w, double h) {
        Palette pal = theme.getPalette();
        LossHistogram hist = a.histogram();
        int bins = hist.bins();
        double top = niceCeil(hist.maxCount() * 1.1);
        PlotFrame f = frame(w, h, hist.lower(0), hist.upper(bins - 1), 0, top, true);
        logTicks(g, f);
        yTicks(g, f, 4, false);
        Axes.frameAndTitles(g, theme, f, "loss per sample (log)", "samples");
        g.setFill(pal.curve().deriveColor(0, 1, 1, 0.75));
        g.setStroke(pal.curve());
        g.setLineWidth(theme.stroke(1));
        for (int b = 0; b < bins; b++) {
            if (hist.count(b) == 0) {
                continue;
            }
            double x0 = f.px(hist.lower(b)) + 1;
            double x1 = f.px(hist.upper(b)) - 1;
            double y = f.py(hist.count(b));
            g.fillRect(x0, y, Math.max(1, x1 - x0), f.bottom() - y);
            g.strokeRect(x0, y, Math.max(1, x1 - x0), f.bottom() - y);
        }
        double mean = a.result().mean();
        String extra = (hist.zero() > 0 ? ", " + hist.zero() + " at 0" : "")
                + (hist.infinite() > 0 ? ", " + hist.infinite() + " at ∞" : "");
        caption(g, f, a.result().size() + " samples" + extra);
        if (numbersHidden() || !(mean >= f.x0() && mean <= f.x1())) {
            return;
        }
        double px = f.px(mean);
        g.setStroke(pal.highlight());
        g.setLineWidth(theme.stroke(3));
        g.setLineDashes(theme.size(7), theme.size(4));
        g.strokeLine(px, f.top(), px, f.bottom());
        g.setLineDashes();
        g.setFill(pal.text());
        g.setFont(boldFont(11.5));
        boolean right = px < f.left() + f.width() * 0.6;
        g.setTextAlign(right ? javafx.scene.text.TextAlignment.LEFT : javafx.scene.text.TextAlignment.RIGHT);
        g.setTextBaseline(javafx.geometry.VPos.TOP);
        g.fillText("mean " + loss(mean), px + (right ? 1 : -1) * theme.size(5), f.top() + theme.size(4));
    }
}
