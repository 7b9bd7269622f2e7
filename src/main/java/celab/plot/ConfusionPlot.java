package celab.plot;

import celab.core.ClassStats;
import celab.core.DataAnalysis;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The confusion matrix: one row per true class, one column per predicted class, each cell the
 * number of samples, shaded by its share of the row. The diagonal is what accuracy counts; the
 * loss also sees how sure the model was off it.
 */
public final class ConfusionPlot extends DataPlot {

    public ConfusionPlot(Theme theme) {
        super(theme, "confusion-plot");
    }

    @Override
    protected double computePrefWidth(double height) {
        return theme.size(240);
    }

    @Override
    protected void draw(GraphicsContext g, DataAnalysis a, double w, double h) {
        Palette pal = theme.getPalette();
        ClassStats s = a.classes();
        int c = s.classes();
        double z = theme.getZoom();
        double left = 40 * z;
        double top = 22 * z;
        double side = Math.max(10, Math.min(w - left - 8 * z, h - top - 24 * z));
        double cell = side / c;
        g.setFont(font(Math.min(11, cell / z * 0.42)));
        for (int r = 0; r < c; r++) {
            for (int k = 0; k < c; k++) {
                int n = s.confusion(r, k);
                double share = s.count(r) == 0 ? 0 : (double) n / s.count(r);
                Color base = r == k ? pal.good() : pal.bad();
                g.setFill(n == 0 ? pal.surface() : base.deriveColor(0, 1, 1, 0.12 + 0.88 * share));
                double x = left + k * cell;
                double y = top + r * cell;
                g.fillRect(x, y, cell, cell);
                g.setStroke(pal.grid());
                g.setLineWidth(theme.stroke(1));
                g.strokeRect(x, y, cell, cell);
                String label = n < 1000 ? String.valueOf(n) : n < 999_500 ? Math.round(n / 1000.0) + "k" : Math.round(n / 1e6) + "M";
                if (n > 0 && cell > theme.size(11) && label.length() * cell * 0.42 * 0.62 < cell * 0.95) {
                    g.setFill(share > 0.5 ? Color.WHITE : pal.text());
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(label, x + cell / 2, y + cell / 2);
                }
            }
        }
        g.setFill(pal.muted());
        g.setFont(font(10.5));
        int step = (int) Math.max(1, Math.ceil(theme.size(14) / cell));
        for (int k = 0; k < c; k += step) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(String.valueOf(k), left + (k + 0.5) * cell, top - theme.size(2));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(String.valueOf(k), left - theme.size(4), top + (k + 0.5) * cell);
        }
        g.setFont(font(11.5));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("predicted class →", left + side / 2, top + side + theme.size(4));
        g.save();
        g.translate(left - theme.size(24), top + side / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("true class →", 0, 0);
        g.restore();
    }
}
