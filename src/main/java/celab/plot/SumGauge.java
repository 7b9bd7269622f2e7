package celab.plot;

import celab.core.Distribution;
import javafx.scene.canvas.GraphicsContext;

/** A thin stacked bar: each class's share of the row, side by side, filling exactly the width at Σ = 1. */
public final class SumGauge extends CanvasPlot {
    private Distribution distribution;

    public SumGauge(Theme theme) {
        super(theme, "sum-gauge");
        setMinSize(60, 10);
    }

    public void setDistribution(Distribution d) {
        distribution = d;
        invalidateDrawing();
    }

    @Override
    protected double computePrefHeight(double width) {
        return theme.size(12);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (distribution == null) {
            return;
        }
        Palette pal = theme.getPalette();
        double x = 0;
        for (int k = 0; k < distribution.size(); k++) {
            double seg = distribution.get(k) * w;
            g.setFill(pal.classColor(k));
            g.fillRect(x, 0, seg, h);
            if (seg >= 2) {
                g.setStroke(pal.classEdge(k));
                g.setLineWidth(1);
                g.strokeRect(x + 0.5, 0.5, seg - 1, h - 1);
            }
            x += seg;
        }
        g.setStroke(pal.axis());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }
}
