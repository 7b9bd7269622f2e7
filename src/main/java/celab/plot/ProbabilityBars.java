package celab.plot;

import celab.core.Distribution;
import celab.core.Numbers;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * One bar per class for the predicted probabilities. The true class carries a star, a thick
 * outline and the word "true"; the predicted class (argmax) a triangle and "argmax", so neither
 * depends on colour. Dragging a bar's height sets that class's probability when a handler is set.
 */
public final class ProbabilityBars extends CanvasPlot {

    /** Receives (class, probability) while a bar is dragged. */
    public interface BarDrag {
        void set(int cls, double p);
    }

    private final ObjectProperty<Distribution> prediction = new SimpleObjectProperty<>(this, "prediction");
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", 0);
    private final IntegerProperty predicted = new SimpleIntegerProperty(this, "predicted", 0);
    private BarDrag onDrag;
    private int dragging = -1;

    public ProbabilityBars(Theme theme) {
        super(theme, "probability-bars");
        redrawOn(prediction, names, target, predicted);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragging = barAt(e.getX());
            drag(e);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = -1);
    }

    public ObjectProperty<Distribution> predictionProperty() {
        return prediction;
    }

    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    public IntegerProperty targetProperty() {
        return target;
    }

    /** The argmax as the core reported it. */
    public IntegerProperty predictedProperty() {
        return predicted;
    }

    public void setOnDrag(BarDrag handler) {
        onDrag = handler;
        setCursor(handler == null ? Cursor.DEFAULT : Cursor.V_RESIZE);
    }

    /** Pixel centre of bar k's top, for tests. */
    public double[] barTop(int k) {
        PlotFrame f = frame(getWidth(), getHeight());
        double slot = f.width() / prediction.get().size();
        return new double[] {f.left() + slot * (k + 0.5), f.py(prediction.get().get(k))};
    }

    private PlotFrame frame(double w, double h) {
        double s = theme.getZoom();
        double top = 34 * s;
        double bottom = 46 * s;
        return new PlotFrame(44 * s, top, w - 44 * s - 12 * s, h - top - bottom, 0, 1, 0, 1, false);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Distribution d = prediction.get();
        if (d == null) {
            return;
        }
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        g.setFont(font(11));
        g.setLineWidth(theme.stroke(1));
        for (int i = 0; i <= 4; i++) {
            double y = i / 4.0;
            g.setStroke(pal.grid());
            g.strokeLine(f.left(), f.py(y), f.right(), f.py(y));
            g.setFill(pal.muted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Axes.tick(y), f.left() - theme.size(6), f.py(y));
        }
        int c = d.size();
        double slot = f.width() / c;
        double bar = Math.min(slot * 0.62, theme.size(90));
        for (int k = 0; k < c; k++) {
            drawBar(g, f, pal, d, k, f.left() + slot * (k + 0.5), bar);
        }
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1.2));
        g.strokeLine(f.left(), f.bottom(), f.right(), f.bottom());
    }

    private void drawBar(GraphicsContext g, PlotFrame f, Palette pal, Distribution d, int k, double cx, double bar) {
        double p = d.get(k);
        double top = f.py(p);
        boolean isTrue = k == target.get();
        boolean isPred = k == predicted.get();
        Color fill = pal.classColor(k);
        g.setFill(fill.deriveColor(0, 1, 1, isTrue ? 1.0 : 0.55));
        g.fillRect(cx - bar / 2, top, bar, f.bottom() - top);
        g.setStroke(pal.classEdge(k)); // the light Tol fills alone are below 3:1 on white
        g.setLineWidth(theme.stroke(1.2));
        g.strokeRect(cx - bar / 2, top, bar, f.bottom() - top);
        if (isTrue) {
            g.setStroke(pal.text());
            g.setLineWidth(theme.stroke(3));
            g.strokeRect(cx - bar / 2, top, bar, f.bottom() - top);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(pal.text());
        g.setFont(boldFont(12));
        g.fillText(Numbers.format(p, 3), cx, top - theme.size(isPred ? 16 : 3));
        if (isPred) {
            g.setFill(pal.predicted());
            double r = theme.size(6);
            double y = top - theme.size(8);
            g.fillPolygon(new double[] {cx - r, cx + r, cx}, new double[] {y - r, y - r, y + r * 0.2}, 3);
        }
        List<String> n = names.get();
        String name = k < n.size() ? n.get(k) : "class " + k;
        g.setTextBaseline(VPos.TOP);
        g.setFont(isTrue ? boldFont(12) : font(12));
        g.setFill(pal.text());
        g.fillText(k + " " + name, cx, f.bottom() + theme.size(5));
        g.setFont(font(11));
        g.setFill(pal.muted());
        String tags = (isTrue ? "★ true" : "") + (isTrue && isPred ? " · " : "") + (isPred ? "▲ argmax" : "");
        g.fillText(tags, cx, f.bottom() + theme.size(22));
    }

    private int barAt(double x) {
        Distribution d = prediction.get();
        PlotFrame f = frame(getWidth(), getHeight());
        int k = (int) Math.floor((x - f.left()) / (f.width() / d.size()));
        return k >= 0 && k < d.size() ? k : -1;
    }

    private void drag(MouseEvent e) {
        if (onDrag == null || dragging < 0) {
            return;
        }
        PlotFrame f = frame(getWidth(), getHeight());
        double p = 1 - (e.getY() - f.top()) / f.height();
        onDrag.set(dragging, Math.round(Math.max(0, Math.min(1, p)) * 1000) / 1000.0);
        e.consume();
    }
}
