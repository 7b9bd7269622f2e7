package celab.plot;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How drawings look right now: the palette (standard or projector) and the zoom that scales
 * fonts, strokes and points. One instance is shared by every plot; plots redraw when it changes.
 */
public final class Theme {
    public static final double MIN_ZOOM = 1.0;
    public static final double MAX_ZOOM = 2.5;

    private final BooleanProperty projector = new SimpleBooleanProperty(this, "projector", false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<Palette> palette =
            new ReadOnlyObjectWrapper<>(this, "palette", Palette.standard());

    public Theme() {
        projector.addListener((o, was, now) -> palette.set(now ? Palette.projector() : Palette.standard()));
        zoom.addListener((o, was, now) -> {
            double z = now.doubleValue();
            if (z < MIN_ZOOM || z > MAX_ZOOM) {
                zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)));
            }
        });
    }

    public BooleanProperty projectorProperty() {
        return projector;
    }

    /** 1.0 to 2.5: multiplies font sizes, stroke widths and point radii. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public ReadOnlyObjectProperty<Palette> paletteProperty() {
        return palette.getReadOnlyProperty();
    }

    public Palette getPalette() {
        return palette.get();
    }

    /** A stroke width scaled by zoom and by the palette's line scale. */
    public double stroke(double base) {
        return base * zoom.get() * palette.get().lineScale();
    }

    /** A length (font size, point radius, padding) scaled by zoom. */
    public double size(double base) {
        return base * zoom.get();
    }
}
