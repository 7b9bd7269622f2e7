package celab.plot;

import celab.core.DataAnalysis;
import celab.core.Numbers;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * A plot of one {@link DataAnalysis} (the "Your data" screen): redraws when the analysis
 * changes, and shares the small drawing helpers those plots need (log axes, a message when
 * there is nothing to draw, loss numbers that hide under predict-then-reveal).
 */
public abstract class DataPlot extends CanvasPlot {
    private final ObjectProperty<DataAnalysis> analysis = new SimpleObjectProperty<>(this, "analysis");

    protected DataPlot(Theme theme, String styleClass) {
        super(theme, styleClass);
        redrawOn(analysis);
    }

    public ObjectProperty<DataAnalysis> analysisProperty() {
        return analysis;
    }

    public DataAnalysis getAnalysis() {
        return analysis.get();
    }

    @Override
    protected final void draw(GraphicsContext g, double w, double h) {
        DataAnalysis a = analysis.get();
        if (a == null) {
            message(g, w, h, "No data yet: File ▸ Open data…");
            return;
        }
        draw(g, a, w, h);
    }

    protected abstract void draw(GraphicsContext g, DataAnalysis a, double w, double h);

    /** A loss number, or "?" while losses are hidden. */
    protected String loss(double v) {
        return numbersHidden() ? "?" : Numbers.format(v);
    }

    /** The plot frame inside standard margins (room for tick labels and axis titles). */
    protected PlotFrame frame(double w, double h, double x0, double x1, double y0, double y1, boolean logX) {
        double z = theme.getZoom();
        double left = 52 * z;
        double top = 22 * z;
        double right = 14 * z;
        double bottom = 42 * z;
        return new PlotFrame(left, top, Math.max(10, w - left - right), Math.max(10, h - top - bottom),
                x0, x1, y0, y1, logX);
    }

    /** Vertical grid and labels at every power of ten of a log x axis. */
    protected void logTicks(GraphicsContext g, PlotFrame f) {
        Palette pal = theme.getPalette();
        g.setFont(font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int d0 = (int) Math.ceil(Math.log10(f.x0()) - 1e-9);
        int d1 = (int) Math.floor(Math.log10(f.x1()) + 1e-9);
        int step = Math.max(1, (d1 - d0 + 1) / Math.max(1, (int) (f.width() / theme.size(48))) + 0);
        for (int d = d0; d <= d1; d += step) {
            double px = f.px(Math.pow(10, d));
            g.setStroke(pal.grid());
            g.setLineWidth(theme.stroke(1));
            g.strokeLine(px, f.top(), px, f.bottom());
            g.setFill(pal.muted());
            g.fillText(decade(d), px, f.bottom() + theme.size(5));
        }
    }

    /** Horizontal grid and labels for a linear y axis with {@code ticks} intervals. */
    protected void yTicks(GraphicsContext g, PlotFrame f, int ticks, boolean percent) {
        Palette pal = theme.getPalette();
        g.setFont(font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= ticks; i++) {
            double y = f.y0() + (f.y1() - f.y0()) * i / ticks;
            double py = f.py(y);
            g.setStroke(pal.grid());
            g.setLineWidth(theme.stroke(1));
            g.strokeLine(f.left(), py, f.right(), py);
            g.setFill(pal.muted());
            g.fillText(percent ? Math.round(y * 100) + "%" : compact(y), f.left() - theme.size(6), py);
        }
    }

    /** A tick label short enough for a narrow axis: 125k, 2.5M. */
    static String compact(double v) {
        if (Math.abs(v) >= 1e6) {
            return Axes.tick(v / 1e6) + "M";
        }
        if (Math.abs(v) >= 1e4) {
            return Axes.tick(v / 1e3) + "k";
        }
        return Axes.tick(v);
    }

    static String decade(int d) {
        return switch (d) {
            case 0 -> "1";
            case 1 -> "10";
            case -1 -> "0.1";
            case -2 -> "0.01";
            default -> "1e" + d;
        };
    }

    /** 1, 2 or 5 times a power of ten, at least x. */
    static double niceCeil(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= x * (1 - 1e-9)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** A line of text at the top left of the frame, in the text colour. */
    protected void caption(GraphicsContext g, PlotFrame f, String text) {
        g.setFill(theme.getPalette().text());
        g.setFont(font(11.5));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, f.left(), f.top() - theme.size(5));
    }

    private void message(GraphicsContext g, double w, double h, String text) {
        g.setFill(theme.getPalette().muted());
        g.setFont(font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2);
    }
}
