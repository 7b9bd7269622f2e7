package celab.plot;

import celab.core.Information;
import celab.core.Numbers;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The cross-entropy as one stacked bar: H(y), what the target itself costs and no prediction
 * can remove, then KL(y‖ŷ), what ŷ's mistakes add. A mark at H(y) shows the floor. An infinite
 * KL runs off the right end.
 */
public final class InformationBar extends CanvasPlot {
    private final ObjectProperty<Information.Breakdown> breakdown = new SimpleObjectProperty<>(this, "breakdown");

    public InformationBar(Theme theme) {
        super(theme, "information-bar");
        redrawOn(breakdown);
        setMinSize(120, 60);
    }

    public ObjectProperty<Information.Breakdown> breakdownProperty() {
        return breakdown;
    }

    /** The bar's greatest height (px at zoom 100%); the rest of a tall panel stays empty around it. */
    private static final double MAX_BAR = 90;

    @Override
    protected double computePrefHeight(double width) {
        return theme.size(112);
    }

    /** The right end of the scale: H(y, ŷ) rounded up (a finite scale when it is ∞). */
    public double scaleEnd() {
        Information.Breakdown b = breakdown.get();
        if (b == null) {
            return 1;
        }
        double ce = Double.isFinite(b.crossEntropy()) ? b.crossEntropy() : Math.max(2 * b.entropy(), 2);
        return Math.max(0.5, Math.ceil(ce * 2 + 0.01) / 2);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Information.Breakdown b = breakdown.get();
        if (b == null) {
            return;
        }
        Palette pal = theme.getPalette();
        double s = theme.getZoom();
        // a tall panel centres the bar rather than stretching it into a block
        double barH = Math.min(Math.max(10, h - 30 * s - 28 * s), theme.size(MAX_BAR));
        double top = Math.max(30 * s, (h - barH - 30 * s - 28 * s) / 2 + 30 * s);
        PlotFrame f = new PlotFrame(16 * s, top, w - 32 * s, barH, 0, scaleEnd(), 0, 1, false);
        boolean hidden = numbersHidden();
        String unit = " " + b.base().unit();
        double hx = f.px(b.entropy());
        boolean infinite = !Double.isFinite(b.crossEntropy());
        double end = infinite ? f.right() : f.px(b.crossEntropy());
        // H(y)
        Color entropyFill = pal.curve().interpolate(pal.surface(), 0.55);
        Color klFill = pal.bad().interpolate(pal.surface(), 0.45);
        g.setFill(entropyFill);
        g.fillRect(f.left(), f.top(), hx - f.left(), f.height());
        g.setFill(klFill);
        g.fillRect(hx, f.top(), end - hx, f.height());
        g.setStroke(pal.text());
        g.setLineWidth(theme.stroke(1.5));
        g.strokeRect(f.left(), f.top(), end - f.left(), f.height());
        g.strokeLine(hx, f.top(), hx, f.bottom());
        // floor mark
        g.setStroke(pal.truth());
        g.setLineWidth(theme.stroke(3));
        g.strokeLine(hx, f.top() - theme.size(8), hx, f.bottom() + theme.size(8));
        g.setFont(font(11.5));
        g.setFill(pal.truth());
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(hx > f.left() + f.width() * 0.5 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText("floor H(y) = " + (hidden ? "?" : Numbers.format(b.entropy())) + unit, hx + (hx > f.left() + f.width() * 0.5 ? -4 : 4) * s, f.top() - theme.size(10));
        // segment labels, inside when they fit
        g.setFill(pal.text());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(boldFont(12));
        double mid = f.top() + f.height() / 2;
        if (hx - f.left() > theme.size(60)) {
            g.fillText("H(y)", (f.left() + hx) / 2, mid);
        }
        if (end - hx > theme.size(60)) {
            g.fillText("KL(y‖ŷ) = " + (hidden ? "?" : Numbers.format(b.kl())) + (infinite ? " →" : ""), (hx + end) / 2, mid);
        }
        // total underneath, ticks of the scale
        g.setFont(font(11));
        g.setFill(pal.muted());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0", f.left(), f.bottom() + theme.size(4));
        g.setFill(pal.text());
        g.setFont(boldFont(12));
        boolean rightHalf = end > f.left() + f.width() * 0.5;
        g.setTextAlign(rightHalf ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText("H(y, ŷ) = " + (hidden ? "?" : Numbers.format(b.crossEntropy())) + unit + (infinite ? " (ŷ rules out a class y expects)" : ""),
                end, f.bottom() + theme.size(6));
        if (!infinite) {
            g.setStroke(pal.text());
            g.setLineWidth(theme.stroke(1.5));
            g.strokeLine(end, f.bottom(), end, f.bottom() + theme.size(6));
        }
    }
}
