package celab.plot;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.Numbers;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;

/**
 * The curve L = −log(p) over p ∈ (0, 1] with marks for the current predictions. The curve is the
 * core's loss function sampled across the axis; the marks' losses come from the model's result.
 * When a drag handler is set, pressing or dragging anywhere in the plot, or the arrow keys,
 * move the first mark's p along the curve.
 */
public final class LossCurve extends CanvasPlot {
    private static final double LEFT = 52;
    private static final double BOTTOM = 40;

    private final ObjectProperty<List<CurveMark>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    private final ObjectProperty<Clipping> clipping = new SimpleObjectProperty<>(this, "clipping", Clipping.DEFAULT);
    private final DoubleProperty yMax = new SimpleDoubleProperty(this, "yMax", 5.0);
    private DoubleConsumer onDrag;

    public LossCurve(Theme theme) {
        super(theme, "loss-curve");
        redrawOn(marks, clipping, yMax);
        setFocusTraversable(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    // Properties

    public ObjectProperty<List<CurveMark>> marksProperty() {
        return marks;
    }

    public ObjectProperty<Clipping> clippingProperty() {
        return clipping;
    }

    /** Top of the loss axis (default 5); marks above it are drawn at the edge with their value. */
    public DoubleProperty yMaxProperty() {
        return yMax;
    }

    /** Called with a new p when the learner drags along the curve; null makes the curve read-only. */
    public void setOnDrag(DoubleConsumer handler) {
        this.onDrag = handler;
        setCursor(handler == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    /** The pixel position of mark i, for tests that drag it. */
    public double[] markPosition(int i) {
        PlotFrame f = frame(getWidth(), getHeight());
        CurveMark m = marks.get().get(i);
        return new double[] {f.px(m.p()), f.py(Math.min(m.loss(), yMax.get()))};
    }

    // Drawing

    private PlotFrame frame(double w, double h) {
        double s = theme.getZoom();
        double top = 14 * s;
        return new PlotFrame(LEFT * s, top, w - LEFT * s - 18 * s, h - top - BOTTOM * s,
                0, 1, 0, yMax.get(), false);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        Axes.drawLinear(g, theme, f, 5, (int) Math.round(yMax.get()), "p(true class)", "loss  −log p", !numbersHidden());
        drawCurve(g, f, pal);
        List<CurveMark> list = marks.get();
        for (int i = list.size() - 1; i >= 0; i--) {
            drawMark(g, f, list.get(i), pal, labelBelow(list, i));
        }
    }

    private void drawCurve(GraphicsContext g, PlotFrame f, Palette pal) {
        Clipping clip = clipping.get();
        g.save();
        g.beginPath();
        g.rect(f.left(), f.top() - 2, f.width() + 2, f.height() + 2);
        g.clip();
        g.setStroke(pal.curve());
        g.setLineWidth(theme.stroke(2.5));
        g.beginPath();
        int steps = (int) Math.max(200, f.width());
        boolean started = false;
        for (int i = 0; i <= steps; i++) {
            // denser near p = 0 where the curve is steep
            double t = (double) i / steps;
            double p = t * t;
            double loss = CrossEntropy.loss(p, clip);
            if (!Double.isFinite(loss)) {
                continue;
            }
            double x = f.px(p);
            double y = f.py(Math.min(loss, f.y1() + 1));
            if (!started) {
                g.moveTo(x, y);
                started = true;
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.restore();
    }

    /**
     * With several marks, labels alternate above and below their points in order of loss (the
     * highest above), so two nearby marks do not write over each other.
     */
    private static boolean labelBelow(List<CurveMark> list, int i) {
        int higher = 0;
        for (int j = 0; j < list.size(); j++) {
            double lj = list.get(j).loss();
            double li = list.get(i).loss();
            if (lj > li || (lj == li && j < i)) {
                higher++;
            }
        }
        return higher % 2 == 1;
    }

    private void drawMark(GraphicsContext g, PlotFrame f, CurveMark m, Palette pal, boolean below) {
        Color c = switch (m.colorIndex()) {
            case 1 -> pal.curveAlt();
            case 2 -> pal.truth();
            default -> pal.text();
        };
        boolean off = !(m.loss() <= f.y1());
        double x = f.px(Math.max(0, Math.min(1, m.p())));
        double y = f.py(off ? f.y1() : Math.max(f.y0(), m.loss()));
        g.setStroke(pal.muted());
        g.setLineWidth(theme.stroke(1));
        g.setLineDashes(theme.size(4), theme.size(4));
        g.strokeLine(x, y, x, f.bottom());
        g.strokeLine(f.left(), y, x, y);
        g.setLineDashes();
        double r = theme.size(7);
        Shapes.fill(g, m.shape(), x, y, r, c, pal.surface(), theme.stroke(2));
        String value = numbersHidden() ? "?" : Numbers.format(m.loss());
        String text = m.label().isEmpty() ? value : m.label() + "  " + value;
        if (off) {
            text = "↑ " + text;
        }
        g.setFont(boldFont(13));
        g.setFill(c);
        boolean leftSide = x > f.left() + f.width() * 0.5;
        g.setTextAlign(leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        boolean under = off || (below && y + r * 3 < f.bottom());
        g.fillText(text, x + (leftSide ? -1.6 : 1.6) * r, y + (under ? r * 1.6 : -r * 1.4));
    }

    // Interaction

    private void drag(MouseEvent e) {
        if (onDrag == null || e.isSecondaryButtonDown()) {
            return;
        }
        requestFocus();
        PlotFrame f = frame(getWidth(), getHeight());
        double p = Math.max(0, Math.min(1, f.xAt(e.getX())));
        onDrag.accept(Math.round(p * 1000) / 1000.0);
        e.consume();
    }

    private void key(KeyEvent e) {
        if (onDrag == null || marks.get().isEmpty()) {
            return;
        }
        double step = e.isShiftDown() ? 0.001 : 0.01;
        double p = marks.get().get(0).p();
        if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.DOWN) {
            onDrag.accept(Math.max(0, p - step));
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP) {
            onDrag.accept(Math.min(1, p + step));
            e.consume();
        }
    }
}
