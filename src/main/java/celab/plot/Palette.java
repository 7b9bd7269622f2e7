package celab.plot;

import javafx.scene.paint.Color;

/**
 * The colours Canvas drawings use, mirroring the looked-up colours of the theme CSS. Both sets
 * are built from Paul Tol's colour-blind-safe schemes; the marks that matter (true class,
 * predicted class) are told apart by shape and label as well, never by colour alone.
 *
 * <p>Contrast (WCAG AA, checked by ContrastTest against {@code surface}, on which every plot is
 * drawn): {@code text}, {@code muted}, {@code curve}, {@code curveAlt}, {@code truth},
 * {@code predicted}, {@code good} and {@code bad} may be used for text (4.5:1); {@code axis} and
 * {@link #classEdge(int)} for lines and outlines (3:1). {@code highlight}, {@code grid} and
 * {@link #classColor(int)} are fills (shaded areas, bar bodies) and decorative grid lines: never
 * the only edge of a mark or the colour of text. Something shown but not in use is drawn at
 * {@link #FADED} opacity, which keeps both ratios.
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

    /** Opacity of a drawing that is shown but not in use (the other curve, its tag and legend row). */
    public static final double FADED = 0.75;
    /** Opacity of a shaded area drawn in {@code highlight} (where clipping acts). */
    public static final double SHADE = 0.22;

    /** Paul Tol's "muted" scheme: ten classes that stay distinct for every common colour vision. */
    private static final Color[] MUTED = {
        Color.web("#332288"), Color.web("#117733"), Color.web("#882255"), Color.web("#44AA99"),
        Color.web("#999933"), Color.web("#AA4499"), Color.web("#88CCEE"), Color.web("#DDCC77"),
        Color.web("#CC6677"), Color.web("#6F6F6F"),
    };

    /**
     * The edge of each class's bar, swatch or dot: the same hue, darkened where the light Tol
     * colours (teal, olive, pale blue, sand) fall below 3:1 on white.
     */
    private static final Color[] EDGES = {
        Color.web("#332288"), Color.web("#117733"), Color.web("#882255"), Color.web("#2E8174"),
        Color.web("#7D7D22"), Color.web("#AA4499"), Color.web("#4A7F9B"), Color.web("#857939"),
        Color.web("#B94F62"), Color.web("#6F6F6F"),
    };

    /** The everyday look: soft background, white cards. */
    public static Palette standard() {
        return new Palette("standard",
                Color.web("#F3F5F8"), Color.WHITE, Color.web("#1D2430"), Color.web("#5B6472"),
                Color.web("#E3E7ED"), Color.web("#7A8494"),
                Color.web("#004488"), Color.web("#994455"),
                Color.web("#8C650B"), Color.web("#004488"),
                Color.web("#117733"), Color.web("#A63446"), Color.web("#DDAA33"),
                MUTED, 1.0);
    }

    /** For a projector: pure white, black text, thick dark lines (black backgrounds wash out). */
    public static Palette projector() {
        return new Palette("projector",
                Color.WHITE, Color.WHITE, Color.BLACK, Color.web("#333333"),
                Color.web("#D0D0D0"), Color.web("#222222"),
                Color.web("#003366"), Color.web("#992233"),
                Color.web("#805C0A"), Color.web("#003366"),
                Color.web("#0B5E28"), Color.web("#8E1B2E"), Color.web("#CC8800"),
                MUTED, 2.0);
    }

    /** The colour of class k: a fill (bar body, swatch); outline it with {@link #classEdge(int)}. */
    public Color classColor(int k) {
        return classes[k % classes.length];
    }

    /** The outline of class k's marks: its hue at 3:1 or more against the surface. */
    public Color classEdge(int k) {
        return EDGES[k % EDGES.length];
    }
}
