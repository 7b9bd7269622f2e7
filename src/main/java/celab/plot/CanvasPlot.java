package celab.plot;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Scale;

/**
 * A Region that owns a Canvas and redraws it from its inputs: build → listen → resize → redraw.
 * Subclasses draw in {@link #draw(GraphicsContext, double, double)} and call
 * {@link #redrawOn(Observable...)} for every input they read.
 */
public abstract class CanvasPlot extends Region {
    protected final Theme theme;
    private final Canvas canvas = new Canvas();
    /** Drawn over the canvas (a Region's own border would lie under it): lab.css rings it when focused. */
    private final Region focusRing = new Region();
    private final BooleanProperty numbersHidden = new SimpleBooleanProperty(this, "numbersHidden", false);
    private final javafx.beans.property.ObjectProperty<celab.core.LogBase> logBase =
            new javafx.beans.property.SimpleObjectProperty<>(this, "logBase", celab.core.LogBase.E);
    private long redraws;
    private boolean dirty;
    /** Canvas pixels per layout unit: 1 on screen, 2 while a sharp 2× image is being exported. */
    private double pixelScale = 1;

    protected CanvasPlot(Theme theme, String styleClass) {
        this.theme = theme;
        getStyleClass().addAll("plot", styleClass);
        focusRing.getStyleClass().add("focus-ring");
        focusRing.setMouseTransparent(true);
        getChildren().addAll(canvas, focusRing);
        redrawOn(theme.paletteProperty(), theme.zoomProperty(), numbersHidden, logBase);
        setMinSize(120, 110); // below this a plot no longer reads: the screen scrolls instead
    }

    /** While true, loss numbers are drawn as "?" (predict-then-reveal). */
    public BooleanProperty numbersHiddenProperty() {
        return numbersHidden;
    }

    public boolean numbersHidden() {
        return numbersHidden.get();
    }

    /** The unit of every loss drawn (nats or bits); inputs stay in nats and are converted when drawn. */
    public javafx.beans.property.ObjectProperty<celab.core.LogBase> logBaseProperty() {
        return logBase;
    }

    /** A loss in nats, in this plot's unit. */
    protected double inUnit(double nats) {
        return logBase.get().fromNats(nats);
    }

    /** "nats" or "bits". */
    protected String unit() {
        return logBase.get().unit();
    }

    /** How often this plot has redrawn; tests use it to see that a change reached the drawing. */
    public long redrawCount() {
        return redraws;
    }

    /** The canvas, for pixel checks in tests and for mouse handling in subclasses. */
    public Canvas canvas() {
        return canvas;
    }

    /**
     * Redraws when any input changes. Changes are coalesced: the plot is marked dirty and redrawn
     * once in the next layout pass, so several inputs changing in one pulse cost one redraw.
     */
    protected final void redrawOn(Observable... inputs) {
        for (Observable o : inputs) {
            o.addListener(x -> invalidateDrawing());
        }
    }

    /**
     * Draws the canvas with this many pixels per layout unit, at the same size on screen: 2 while
     * a slide export snapshots the screen at 2×, so the plots are drawn at 2× instead of a 1×
     * bitmap being scaled up (blurred) next to sharp text. The next layout pass redraws.
     */
    public void setPixelScale(double scale) {
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("pixel scale must be in [1, 4], got " + scale);
        }
        if (scale != pixelScale) {
            pixelScale = scale;
            canvas.getTransforms().setAll(scale == 1 ? java.util.List.of() : java.util.List.of(new Scale(1 / scale, 1 / scale)));
            dirty = true;
            requestLayout();
        }
    }

    /** Marks the drawing stale; it is redrawn in the coming layout pass. */
    protected final void invalidateDrawing() {
        if (!dirty) {
            dirty = true;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        focusRing.resizeRelocate(0, 0, w, h);
        if (canvas.getWidth() != w * pixelScale || canvas.getHeight() != h * pixelScale) {
            canvas.setWidth(w * pixelScale);
            canvas.setHeight(h * pixelScale);
            dirty = true;
        }
        if (dirty) {
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return theme.size(280);
    }

    @Override
    protected double computePrefHeight(double width) {
        return theme.size(240);
    }

    /** Clears and draws everything again. */
    public final void redraw() {
        dirty = false;
        double w = canvas.getWidth() / pixelScale;
        double h = canvas.getHeight() / pixelScale;
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = theme.getPalette();
        g.save();
        g.scale(pixelScale, pixelScale);
        try {
            g.setFill(p.surface());
            g.fillRect(0, 0, w, h);
            if (w < 2 || h < 2) {
                return;
            }
            redraws++;
            draw(g, w, h);
        } finally {
            g.restore();
        }
    }

    protected abstract void draw(GraphicsContext g, double w, double h);

    protected Font font(double base) {
        return Font.font("System", theme.size(base));
    }

    protected Font boldFont(double base) {
        return Font.font("System", FontWeight.BOLD, theme.size(base));
    }
}
