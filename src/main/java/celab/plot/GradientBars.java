package celab.plot;

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
 * The gradient of the loss with respect to each logit, softmax − y, as bars around 0 on a fixed
 * [−1, 1] scale (it can never leave it). The true class's bar points down (raise this logit), the
 * others up (lower them). A ring marks the finite-difference estimate for each class, so the
 * check is visible where the two agree. The true class is starred and outlined.
 */
public final class GradientBars extends CanvasPlot {
    private final ObjectProperty<double[]> values = new SimpleObjectProperty<>(this, "values");
    private final ObjectProperty<double[]> check = new SimpleObjectProperty<>(this, "check");
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 0);

    public GradientBars(Theme theme) {
        super(theme, "gradient-bars");
        redrawOn(values, check, names, target);
    }

    /** ∂L/∂z_j, one per class. */
    public ObjectProperty<double[]> valuesProperty() {
        return values;
    }

    /** The finite-difference estimates drawn as rings; null for none. */
    public ObjectProperty<double[]> checkProperty() {
        return check;
    }

    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    public IntegerProperty targetProperty() {
        return target;
    }

    PlotFrame frame(double w, double h) {
        double s = theme.getZoom();
        double top = 14 * s;
        double bottom = 40 * s;
        return new PlotFrame(44 * s, top, w - 44 * s - 10 * s, h - top - bottom, 0, 1, -1.4, 1.4, false);
    }

    /** Pixel centre x of bar k and the y of its value, for tests. */
    public double[] barEnd(int k) {
        PlotFrame f = frame(getWidth(), getHeight());
        double slot = f.width() / values.get().length;
        return new double[] {f.left() + slot * (k + 0.5), f.py(values.get()[k])};
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double[] v = values.get();
        if (v == null) {
            return;
        }
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        g.setFont(font(11));
        g.setLineWidth(theme.stroke(1));
        for (int i = 0; i <= 4; i++) {
            double y = -1 + i * 0.5;
            g.setStroke(pal.grid());
            g.strokeLine(f.left(), f.py(y), f.right(), f.py(y));
            g.setFill(pal.muted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Axes.tick(y), f.left() - theme.size(6), f.py(y));
        }
        int c = v.length;
        double slot = f.width() / c;
        double bar = Math.min(slot * 0.55, theme.size(70));
        double zero = f.py(0);
        double[] fd = check.get();
        List<String> n = names.get();
        for (int k = 0; k < c; k++) {
            double cx = f.left() + slot * (k + 0.5);
            double end = f.py(Math.max(-1, Math.min(1, v[k])));
            boolean isTrue = k == target.get();
            g.setFill(pal.classColor(k).deriveColor(0, 1, 1, isTrue ? 1.0 : 0.6));
            g.fillRect(cx - bar / 2, Math.min(zero, end), bar, Math.abs(end - zero));
            g.setStroke(pal.classEdge(k)); // the light Tol fills alone are below 3:1 on white
            g.setLineWidth(theme.stroke(1.2));
            g.strokeRect(cx - bar / 2, Math.min(zero, end), bar, Math.abs(end - zero));
            if (isTrue) {
                g.setStroke(pal.text());
                g.setLineWidth(theme.stroke(2.5));
                g.strokeRect(cx - bar / 2, Math.min(zero, end), bar, Math.abs(end - zero));
            }
            if (fd != null && k < fd.length && Double.isFinite(fd[k])) {
                double y = f.py(Math.max(-1, Math.min(1, fd[k])));
                double r = theme.size(5);
                g.setStroke(pal.text());
                g.setLineWidth(theme.stroke(2));
                g.strokeOval(cx + bar / 2 + theme.size(3), y - r, 2 * r, 2 * r);
                g.strokeLine(cx - bar / 2, y, cx + bar / 2 + theme.size(3), y);
            }
            g.setFill(pal.text());
            g.setFont(boldFont(12));
            g.setTextAlign(TextAlignment.CENTER);
            boolean down = v[k] < 0;
            g.setTextBaseline(down ? VPos.TOP : VPos.BOTTOM);
            double labelY = down ? Math.max(end, zero) + theme.size(3) : Math.min(end, zero) - theme.size(3);
            g.fillText(Numbers.format(v[k], 3), cx, labelY);
            g.setTextBaseline(VPos.TOP);
            g.setFont(isTrue ? boldFont(12) : font(12));
            String name = k < n.size() ? n.get(k) : "class " + k;
            g.fillText((isTrue ? "★ " : "") + name, cx, f.bottom() + theme.size(5));
            g.setFont(font(10.5));
            g.setFill(pal.muted());
            g.fillText(isTrue ? "p − 1" : "p − 0", cx, f.bottom() + theme.size(21));
        }
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1.2));
        g.strokeLine(f.left(), zero, f.right(), zero);
    }
}
