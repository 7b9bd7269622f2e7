package celab.plot;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

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
    private long redraws;
    private boolean dirty;

    protected CanvasPlot(Theme theme, String styleClass) {
        this.theme = theme;
        getStyleClass().addAll("plot", styleClass);
        focusRing.getStyleClass().add("focus-ring");
        focusRing.setMouseTransparent(true);
        getChildren().addAll(canvas, focusRing);
        redrawOn(theme.paletteProperty(), theme.zoomProperty(), numbersHidden);
        setMinSize(120, 110); // below this a plot no longer reads: the screen scrolls instead
    }

    /** While true, loss numbers are drawn as "?" (predict-then-reveal). */
    public BooleanProperty numbersHiddenProperty() {
        return numbersHidden;
    }

    public boolean numbersHidden() {
        return numbersHidden.get();
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
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
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
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = theme.getPalette();
        g.setFill(p.surface());
        g.fillRect(0, 0, w, h);
        if (w < 2 || h < 2) {
            return;
        }
        redraws++;
        draw(g, w, h);
    }

    protected abstract void draw(GraphicsContext g, double w, double h);

    protected Font font(double base) {
        return Font.font("System", theme.size(base));
    }

    protected Font boldFont(double base) {
        return Font.font("System", FontWeight.BOLD, theme.size(base));
    }
}
