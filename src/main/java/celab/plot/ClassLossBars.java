package celab.plot;

import celab.core.ClassStats;
import celab.core.DataAnalysis;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Per true class: the mean loss (bars, left axis) and the share predicted correctly (diamonds,
 * right axis 0–100%). The class the model finds hardest has the tallest bar, and its accuracy
 * may still look fine.
 */
public final class ClassLossBars extends DataPlot {

    public ClassLossBars(Theme theme) {
        super(theme, "class-loss-bars");
    }

    @Override
    protected void draw(GraphicsContext g, DataAnalysis a, double w, double h) {
        Palette pal = theme.getPalette();
        ClassStats s = a.classes();
        int c = s.classes();
        double max = 0;
        for (int k = 0; k < c; k++) {
            if (Double.isFinite(s.meanLoss(k))) {
                max = Math.max(max, s.meanLoss(k));
            }
        }
        double z = theme.getZoom();
        PlotFrame f = new PlotFrame(52 * z, 12 * z, Math.max(10, w - 52 * z - 58 * z),
                Math.max(10, h - 12 * z - 42 * z), 0, c, 0, niceCeil(max * 1.05), false);
        if (numbersHidden()) {
            Axes.frameAndTitles(g, theme, f, "true class", "mean loss (hidden)");
        } else {
            yTicks(g, f, 2, false);
            Axes.frameAndTitles(g, theme, f, "true class", "mean loss (bars)");
        }
        g.setFont(font(11));
        g.setFill(pal.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            g.fillText(25 * i + "%", f.right() + theme.size(5), f.top() + f.height() * (1 - i / 4.0));
        }
        double slot = f.width() / c;
        double step = Math.max(1, Math.ceil(theme.size(16) / slot));
        for (int k = 0; k < c; k++) {
            double x = f.left() + k * slot;
            double l = s.meanLoss(k);
            if (!numbersHidden() && Double.isFinite(l)) {
                double y = f.py(Math.min(l, f.y1()));
                g.setFill(pal.classColor(k));
                g.fillRect(x + slot * 0.18, y, slot * 0.64, f.bottom() - y);
                g.setStroke(pal.classEdge(k));
                g.setLineWidth(theme.stroke(1));
                g.strokeRect(x + slot * 0.18, y, slot * 0.64, f.bottom() - y);
            }
            if (k % step == 0) {
                g.setFill(pal.muted());
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(String.valueOf(k), x + slot / 2, f.bottom() + theme.size(5));
            }
            double acc = s.accuracy(k);
            if (Double.isFinite(acc)) {
                double cx = x + slot / 2;
                double cy = f.top() + f.height() * (1 - acc);
                double r = theme.size(5);
                g.setFill(pal.text());
                g.fillPolygon(new double[] {cx - r, cx, cx + r, cx}, new double[] {cy, cy - r, cy, cy + r}, 4);
            }
        }
        g.save();
        g.translate(f.right() + theme.size(46), f.top() + f.height() / 2);
        g.rotate(90);
        g.setFill(pal.muted());
        g.setFont(font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("accuracy (◆)", 0, 0);
        g.restore();
    }
}
