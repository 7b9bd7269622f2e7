package celab.plot;

import javafx.scene.paint.Color;

/**
 * The colours Canvas drawings use, mirroring the looked-up colours of the theme CSS. Both sets
 * are built from Paul Tol's colour-blind-safe schemes; the marks that matter (true class,
 * predicted class) are told apart by shape and label as well, never by colour alone.
 *
 * @param lineScale multiplies every stroke width (thick lines for projectors)
 */
public record Palette(
        String name,
        Color background,
        Color surface,
        Color text,
        Color muted,
        Color grid,
        Color axis,
        Color curve,
        Color curveAlt,
        Color truth,
        Color predicted,
        Color good,
        Color bad,
        Color highlight,
        Color[] classes,
        double lineScale) {

    /** Paul Tol's "muted" scheme: ten classes that stay distinct for every common colour vision. */
    private static final Color[] MUTED = {
        Color.web("#332288"), Color.web("#117733"), Color.web("#882255"), Color.web("#44AA99"),
        Color.web("#999933"), Color.web("#AA4499"), Color.web("#88CCEE"), Color.web("#DDCC77"),
        Color.web("#CC6677"), Color.web("#6F6F6F"),
    };

    /** The everyday look: soft background, white cards. */
    public static Palette standard() {
        return new Palette("standard",
                Color.web("#F3F5F8"), Color.WHITE, Color.web("#1D2430"), Color.web("#5B6472"),
                Color.web("#E3E7ED"), Color.web("#7A8494"),
                Color.web("#004488"), Color.web("#BB5566"),
                Color.web("#DDAA33"), Color.web("#004488"),
                Color.web("#117733"), Color.web("#BB5566"), Color.web("#DDAA33"),
                MUTED, 1.0);
    }

    /** For a projector: pure white, black text, thick dark lines (black backgrounds wash out). */
    public static Palette projector() {
        return new Palette("projector",
                Color.WHITE, Color.WHITE, Color.BLACK, Color.web("#333333"),
                Color.web("#D0D0D0"), Color.web("#222222"),
                Color.web("#003366"), Color.web("#992233"),
                Color.web("#CC8800"), Color.web("#003366"),
                Color.web("#0B5E28"), Color.web("#992233"), Color.web("#CC8800"),
                MUTED, 2.0);
    }

    /** The colour of class k. */
    public Color classColor(int k) {
        return classes[k % classes.length];
    }
}
