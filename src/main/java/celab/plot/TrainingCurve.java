package celab.plot;

import celab.core.Numbers;
import celab.core.net.History;
import celab.core.net.TrainingSnapshot;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Loss (solid, left axis) and accuracy (dashed, right axis 0–100 %) over the epochs trained so
 * far, with the uniform-guess loss ln C as a dotted reference line.
 */
public final class TrainingCurve extends CanvasPlot {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final DoubleProperty reference = new SimpleDoubleProperty(this, "reference", Double.NaN);

    public TrainingCurve(Theme theme) {
        super(theme, "training-curve");
        redrawOn(snapshot, reference);
    }

    public ObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot;
    }

    /** The loss of a uniform guess, ln C, drawn as a reference. */
    public DoubleProperty referenceProperty() {
        return reference;
    }

    /** The frame of the current drawing, for tests. */
    public PlotFrame frame() {
        return frame(getWidth(), getHeight());
    }

    private PlotFrame frame(double w, double h) {
        TrainingSnapshot s = snapshot.get();
        double s0 = theme.getZoom();
        double maxEpoch = 100;
        double maxLoss = Double.isNaN(reference.get()) ? 1.2 : reference.get() * 1.15;
        if (s != null) {
            maxEpoch = niceCeil(Math.max(100, s.epoch()));
            History hist = s.history();
            for (int i = 0; i < hist.size(); i++) {
                if (Double.isFinite(hist.loss(i))) {
                    maxLoss = Math.max(maxLoss, hist.loss(i));
                }
            }
        }
        if (!Double.isNaN(reference.get())) {
            maxLoss = Math.min(maxLoss, 2 * reference.get()); // spikes above 2·ln C run off the top
        }
        maxLoss = niceCeil(maxLoss * 1.02);
        return new PlotFrame(50 * s0, 26 * s0, w - 50 * s0 - 50 * s0, h - 26 * s0 - 46 * s0, 0, maxEpoch, 0, maxLoss, false);
    }

    /** 1, 2 or 5 times a power of ten, at least x. */
    static double niceCeil(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= x - 1e-9) {
                return m * p;
            }
        }
        return 10 * p;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        TrainingSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        Palette pal = theme.getPalette();
        PlotFrame f = frame(w, h);
        Axes.drawLinear(g, theme, f, 5, 4, "epoch", "loss", !numbersHidden());
        // right axis: accuracy
        g.setFill(pal.muted());
        g.setFont(font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            double a = i / 4.0;
            g.fillText(Math.round(a * 100) + "%", f.right() + theme.size(6), accY(f, a));
        }
        double ref = reference.get();
        if (Double.isFinite(ref) && f.containsY(ref)) {
            g.setStroke(pal.muted());
            g.setLineWidth(theme.stroke(1.2));
            g.setLineDashes(theme.size(2), theme.size(4));
            g.strokeLine(f.left(), f.py(ref), f.right(), f.py(ref));
            g.setLineDashes();
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("ln C = " + (numbersHidden() ? "?" : Numbers.format(ref)) + " (uniform guess)", f.right() - theme.size(4), f.py(ref) - theme.size(2));
        }
        History hist = s.history();
        int n = hist.size();
        if (n > 0) {
            double[] xs = new double[n];
            double[] ls = new double[n];
            double[] as = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = f.px(hist.epoch(i));
                ls[i] = f.py(Math.min(f.y1(), hist.loss(i)));
                as[i] = accY(f, hist.accuracy(i));
            }
            g.setStroke(pal.curveAlt());
            g.setLineWidth(theme.stroke(2));
            g.setLineDashes(theme.size(6), theme.size(4));
            g.strokePolyline(xs, as, n);
            g.setLineDashes();
            g.setStroke(pal.curve());
            g.setLineWidth(theme.stroke(2.5));
            g.strokePolyline(xs, ls, n);
        }
        legend(g, pal, f);
    }

    private double accY(PlotFrame f, double a) {
        return f.top() + f.height() * (1 - a);
    }

    private void legend(GraphicsContext g, Palette pal, PlotFrame f) {
        double y = f.top() - theme.size(14);
        double x = f.left();
        g.setLineWidth(theme.stroke(2.5));
        g.setStroke(pal.curve());
        g.strokeLine(x, y, x + theme.size(22), y);
        g.setFill(pal.text());
        g.setFont(font(11.5));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("loss", x + theme.size(27), y);
        double x2 = x + theme.size(70);
        g.setStroke(pal.curveAlt());
        g.setLineWidth(theme.stroke(2));
        g.setLineDashes(theme.size(6), theme.size(4));
        g.strokeLine(x2, y, x2 + theme.size(22), y);
        g.setLineDashes();
        g.fillText("accuracy (%)", x2 + theme.size(27), y);
    }
}
