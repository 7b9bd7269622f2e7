package celab.plot;

import celab.core.DataAnalysis;
import celab.core.Reliability;
import javafx.scene.canvas.GraphicsContext;

/**
 * A reliability diagram: samples grouped by confidence (their largest probability); each bar is
 * how often the group was right. A calibrated model's bars reach the diagonal; bars below it mean
 * overconfidence, above it underconfidence. The gap to the diagonal is shaded; the expected
 * calibration error is the gaps' average, weighted by how many samples each bar holds.
 */
public final class ReliabilityPlot extends DataPlot {

    public ReliabilityPlot(Theme theme) {
        super(theme, "reliability-plot");
    }

    @Override
    protected void draw(GraphicsContext g, DataAnalysis a, double w, double h) {
        Palette pal = theme.getPalette();
        Reliability r = a.reliability();
        PlotFrame f = frame(w, h, 0, 1, 0, 1, false);
        Axes.drawLinear(g, theme, f, 5, 4, "confidence", "accuracy");
        int bins = r.bins();
        for (int b = 0; b < bins; b++) {
            if (r.count(b) == 0) {
                continue;
            }
            double x0 = f.px((double) b / bins) + 1;
            double x1 = f.px((double) (b + 1) / bins) - 1;
            double acc = r.accuracy(b);
            double conf = r.confidence(b);
            g.setFill(pal.curve().deriveColor(0, 1, 1, 0.8));
            g.fillRect(x0, f.py(acc), x1 - x0, f.bottom() - f.py(acc));
            double yA = f.py(acc);
            double yC = f.py(conf);
            g.setFill(pal.bad().deriveColor(0, 1, 1, 0.35));
            g.fillRect(x0, Math.min(yA, yC), x1 - x0, Math.abs(yA - yC));
            g.setStroke(pal.bad());
            g.setLineWidth(theme.stroke(1.5));
            g.strokeLine(x0, yC, x1, yC);
        }
        g.setStroke(pal.text());
        g.setLineWidth(theme.stroke(1.5));
        g.setLineDashes(theme.size(5), theme.size(4));
        g.strokeLine(f.px(0), f.py(0), f.px(1), f.py(1));
        g.setLineDashes();
        caption(g, f, "ECE " + celab.core.Numbers.format(r.ece(), 3));
    }
}
