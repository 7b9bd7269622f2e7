package celab.plot;

import celab.core.Information;
import celab.core.Numbers;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * One column per class: the outline is the surprisal −log ŷ_j (how surprised the model would be
 * by that class), the filled part is y_j·(−log ŷ_j), the share the target makes it pay. The
 * filled parts add up to the cross-entropy. A surprisal of ∞ (ŷ_j = 0) runs off the top.
 */
public final class SurprisalBars extends CanvasPlot {
    private final ObjectProperty<Information.Breakdown> breakdown = new SimpleObjectProperty<>(this, "breakdown");
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 0);

    public SurprisalBars(Theme theme) {
        super(theme, "surprisal-bars");
        redrawOn(breakdown, names, target);
    }

    public ObjectProperty<Information.Breakdown> breakdownProperty() {
        return breakdown;
    }

    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    /** The true class, marked with a star. */
    public IntegerProperty targetProperty() {
        return target;
    }

    /** The top of the axis: the largest finite surprisal rounded up, at least 2 units, at most 12. */
    public double axisTop() {
        Information.Breakdown b = breakdown.get();
        double max = 0;
        if (b != null) {
            for (double s : b.surprisal()) {
                if (Double.isFinite(s)) {
                    max = Math.max(max, s);
                }
            }
        }
        return Math.min(12, Math.max(2, Math.ceil(max + 0.25)));
    }

    private PlotFrame frame(double w, double h) {
        double s = theme.getZoom();
        double top = 30 * s;
        double bottom = 58 * s; // the class name, then y and ŷ on one line or, in a narrow slot, two
        return new PlotFrame(52 * s, top, w - 52 * s - 12 * s, h - top - bottom, 0, 1, 0, axisTop(), false);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Information.Breakdown b = breakdown.get();
        if (b == null) {
            return;
        }
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        int top = (int) f.y1();
        int step = top > 6 ? 2 : 1;
        g.setFont(font(11));
        g.setLineWidth(theme.stroke(1));
        for (int v = 0; v <= top; v += step) {
            g.setStroke(pal.grid());
            g.strokeLine(f.left(), f.py(v), f.right(), f.py(v));
            g.setFill(pal.muted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            if (!numbersHidden()) { // the axis would give the surprisals away
                g.fillText(Axes.tick(v), f.left() - theme.size(6), f.py(v));
            }
        }
        Axes.frameAndTitles(g, theme, f, "", "−" + b.base().symbol() + " ŷ  (" + b.base().unit() + ")");
        int c = b.y().length;
        double slot = f.width() / c;
        double bar = Math.min(slot * 0.62, theme.size(90));
        for (int k = 0; k < c; k++) {
            drawColumn(g, f, pal, b, k, f.left() + slot * (k + 0.5), bar, slot);
        }
    }

    private void drawColumn(GraphicsContext g, PlotFrame f, Palette pal, Information.Breakdown b, int k, double cx, double bar,
            double slot) {
        double s = b.surprisal()[k];
        double part = b.weighted()[k];
        boolean off = !(s <= f.y1());
        double top = f.py(off ? f.y1() : s);
        double partTop = f.py(Math.min(f.y1(), part));
        g.setFill(pal.classColor(k));
        g.fillRect(cx - bar / 2, partTop, bar, f.bottom() - partTop);
        g.setStroke(pal.classEdge(k));
        g.setLineWidth(theme.stroke(1.5));
        g.setLineDashes(theme.size(5), theme.size(3));
        g.strokeRect(cx - bar / 2, top, bar, f.bottom() - top);
        g.setLineDashes();
        if (part > 0) {
            g.setStroke(pal.text());
            g.setLineWidth(theme.stroke(2));
            g.strokeRect(cx - bar / 2, partTop, bar, f.bottom() - partTop);
        }
        boolean hidden = numbersHidden();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(pal.text());
        g.setFont(boldFont(12));
        g.fillText((off ? "↑ " : "") + (hidden ? "?" : Numbers.format(s, 3)), cx, top - theme.size(3));
        if (part > 0 && partTop - top > theme.size(30)) {
            g.setFont(font(11));
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("y·s = " + (hidden ? "?" : Numbers.format(part, 3)), cx, partTop - theme.size(3));
        }
        List<String> n = names.get();
        String name = k < n.size() ? n.get(k) : "class " + k;
        boolean isTrue = k == target.get();
        g.setTextBaseline(VPos.TOP);
        g.setFont(isTrue ? boldFont(12) : font(12));
        g.fillText((isTrue ? "★ " : "") + name, cx, f.bottom() + theme.size(5));
        g.setFont(font(11));
        g.setFill(pal.muted());
        String y = "y = " + Numbers.format(b.y()[k], 3);
        String yHat = "ŷ = " + Numbers.format(b.yHat()[k], 3);
        if (TextMetrics.width(y + ", " + yHat, g.getFont()) <= slot - theme.size(6)) {
            g.fillText(y + ", " + yHat, cx, f.bottom() + theme.size(22));
        } else { // a narrow slot: one above the other, so that neighbours' numbers do not run together
            g.fillText(y, cx, f.bottom() + theme.size(21));
            g.fillText(yHat, cx, f.bottom() + theme.size(35));
        }
    }
}
