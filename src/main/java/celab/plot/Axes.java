package celab.plot;

import celab.core.Numbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Grid, axes, ticks and axis titles shared by the plots. */
public final class Axes {

    private Axes() {
    }

    /** Linear axes with {@code xTicks} and {@code yTicks} intervals and titles. */
    public static void drawLinear(GraphicsContext g, Theme theme, PlotFrame f, int xTicks, int yTicks,
                                  String xTitle, String yTitle) {
        drawLinear(g, theme, f, xTicks, yTicks, xTitle, yTitle, true);
    }

    /**
     * As above; without {@code yNumbers} the y grid lines stay but their numbers are left out
     * (predict-then-reveal: a loss axis's ticks would give the loss away).
     */
    public static void drawLinear(GraphicsContext g, Theme theme, PlotFrame f, int xTicks, int yTicks,
                                  String xTitle, String yTitle, boolean yNumbers) {
        Palette pal = theme.getPalette();
        g.setLineWidth(theme.stroke(1));
        g.setFont(Font.font("System", theme.size(11)));
        g.setFill(pal.muted());
        for (int i = 0; i <= xTicks; i++) {
            double x = f.x0() + (f.x1() - f.x0()) * i / xTicks;
            double px = f.px(x);
            g.setStroke(pal.grid());
            g.strokeLine(px, f.top(), px, f.bottom());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(tick(x), px, f.bottom() + theme.size(5));
        }
        linearY(g, theme, f, yTicks, yNumbers);
        frameAndTitles(g, theme, f, xTitle, yTitle);
    }

    /** Grid lines and (unless hidden) numbers of a linear y axis with {@code yTicks} steps. */
    private static void linearY(GraphicsContext g, Theme theme, PlotFrame f, int yTicks, boolean yNumbers) {
        Palette pal = theme.getPalette();
        for (int i = 0; i <= yTicks; i++) {
            double y = f.y0() + (f.y1() - f.y0()) * i / yTicks;
            double py = f.py(y);
            g.setStroke(pal.grid());
            g.strokeLine(f.left(), py, f.right(), py);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            if (yNumbers) {
                g.fillText(tick(y), f.left() - theme.size(6), py);
            }
        }
    }

    /** A logarithmic x axis (ticks at powers of ten, x0 ≥ 1) and a linear y axis. */
    public static void drawLogX(GraphicsContext g, Theme theme, PlotFrame f, int yTicks, String xTitle, String yTitle,
                                boolean yNumbers) {
        Palette pal = theme.getPalette();
        g.setLineWidth(theme.stroke(1));
        g.setFont(Font.font("System", theme.size(11)));
        g.setFill(pal.muted());
        for (double x = Math.pow(10, Math.ceil(Math.log10(f.x0()))); x <= f.x1() * 1.0001; x *= 10) {
            double px = f.px(x);
            g.setStroke(pal.grid());
            g.strokeLine(px, f.top(), px, f.bottom());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(x >= 1e4 ? String.format(java.util.Locale.ROOT, "%,d", (long) x) : tick(x), px, f.bottom() + theme.size(5));
        }
        linearY(g, theme, f, yTicks, yNumbers);
        frameAndTitles(g, theme, f, xTitle, yTitle);
    }

    /** The axis lines and the two titles. */
    public static void frameAndTitles(GraphicsContext g, Theme theme, PlotFrame f, String xTitle, String yTitle) {
        Palette pal = theme.getPalette();
        g.setStroke(pal.axis());
        g.setLineWidth(theme.stroke(1.2));
        g.strokeLine(f.left(), f.bottom(), f.right(), f.bottom());
        g.strokeLine(f.left(), f.top(), f.left(), f.bottom());
        g.setFill(pal.muted());
        g.setFont(Font.font("System", theme.size(12)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xTitle, f.left() + f.width() / 2, f.bottom() + theme.size(36));
        g.save();
        g.translate(f.left() - theme.size(38), f.top() + f.height() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yTitle, 0, 0);
        g.restore();
    }

    /** Tick labels: short, no trailing zeros ("0", "0.2", "1e-7"). */
    public static String tick(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) < 1e-3) {
            int e = (int) Math.round(Math.log10(Math.abs(v)));
            if (Math.abs(Math.pow(10, e) - Math.abs(v)) < 1e-12 * Math.abs(v) * 10) {
                return (v < 0 ? "-" : "") + "1e" + e;
            }
            return Numbers.format(v, 2);
        }
        String s = String.valueOf(Math.round(v * 1e6) / 1e6);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
