package celab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG 2 AA contrast of the lab's colours in both palettes, without the toolkit: 4.5:1 for text,
 * 3:1 for lines, outlines and focus rings (WCAG 1.4.3 and 1.4.11). The CSS colours are read from
 * lab.css itself (the looked-up colours of {@code .root} and {@code .root.projector}, and the few
 * rules with colours of their own); the Canvas colours from {@link Palette}. Grid lines, card
 * borders and shaded areas are decoration and are not held to 3:1; a curve drawn over a shaded
 * area is.
 */
class ContrastTest {
    private static final double TEXT = 4.5;
    private static final double GRAPHIC = 3.0;

    // WCAG 2 relative luminance and contrast ratio

    /** Relative luminance of an sRGB colour (WCAG 2, with the 0.04045 threshold of IEC 61966-2-1). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** fg at opacity alpha over an opaque bg, as a canvas or the scene graph blends them (in sRGB). */
    static Color over(Color fg, double alpha, Color bg) {
        double a = fg.getOpacity() * alpha;
        return Color.color(fg.getRed() * a + bg.getRed() * (1 - a), fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a));
    }

    @Test
    void theFormulaMatchesWcagReferenceValues() {
        assertEquals(21.0, contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, contrast(Color.web("#777777"), Color.web("#777777")), 1e-12);
        // #767676 on white is the well-known lightest grey that passes 4.5:1; #777777 fails
        assertTrue(contrast(Color.web("#767676"), Color.WHITE) >= 4.5);
        assertTrue(contrast(Color.web("#777777"), Color.WHITE) < 4.5);
        assertEquals(4.54, contrast(Color.web("#767676"), Color.WHITE), 0.005);
        assertEquals(8.59, contrast(Color.web("#0000FF"), Color.WHITE), 0.005);
        assertEquals(Color.web("#808080").getRed(), over(Color.BLACK, 0.5, Color.WHITE).getRed(), 0.002);
    }

    // The CSS

    /** The rules of lab.css: selector → its declarations, later rules overriding earlier ones. */
    static final class Css {
        private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

        Css(String text) {
            String plain = text.replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher m = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(plain);
            while (m.find()) {
                Map<String, String> decls = new LinkedHashMap<>();
                for (String d : m.group(2).split(";")) {
                    int colon = d.indexOf(':');
                    if (colon > 0) {
                        decls.put(d.substring(0, colon).trim(), d.substring(colon + 1).trim());
                    }
                }
                for (String sel : m.group(1).split(",")) {
                    rules.computeIfAbsent(sel.trim().replaceAll("\\s+", " "), k -> new LinkedHashMap<>()).putAll(decls);
                }
            }
        }

        static Css load() throws IOException {
            try (InputStream in = ContrastTest.class.getResourceAsStream("/celab/app/lab.css")) {
                assertNotNull(in, "lab.css on the class path");
                return new Css(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        /** The looked-up colours (and other root properties) of one palette. */
        Map<String, String> root(boolean projector) {
            Map<String, String> vars = new HashMap<>(rules.getOrDefault(".root", Map.of()));
            if (projector) {
                vars.putAll(rules.getOrDefault(".root.projector", Map.of()));
            }
            return vars;
        }

        /** A property of a rule, with the projector's override of that rule where there is one. */
        String rule(String selector, String property, boolean projector) {
            if (projector) {
                String over = rules.getOrDefault(".root.projector " + selector, Map.of()).get(property);
                if (over != null) {
                    return over;
                }
            }
            String v = rules.getOrDefault(selector, Map.of()).get(property);
            assertNotNull(v, selector + " { " + property + " } in lab.css");
            return v;
        }
    }

    /** One palette's colours, as the CSS names them. */
    private static final class Theme {
        final boolean projector;
        final Css css;
        final Map<String, String> vars;

        Theme(Css css, boolean projector) {
            this.css = css;
            this.projector = projector;
            this.vars = css.root(projector);
        }

        /** A colour value: a looked-up name, a literal, or a list of background layers (the top one counts). */
        Color color(String value) {
            String v = value.trim();
            if (v.contains(",") && !v.contains("(")) {
                String[] layers = v.split(",");
                v = layers[layers.length - 1].trim();
            }
            for (int hops = 0; v.startsWith("-"); hops++) {
                String next = vars.get(v);
                assertNotNull(next, "looked-up colour " + v + " is defined in .root");
                assertTrue(hops < 10, "cycle at " + v);
                v = next.trim();
            }
            return Color.web(v.toLowerCase(Locale.ROOT));
        }

        Color rule(String selector, String property) {
            return color(css.rule(selector, property, projector));
        }
    }

    private record Pair(String what, Color fg, Color bg, double need) {
        double ratio() {
            return contrast(fg, bg);
        }
    }

    private static List<Pair> cssPairs(Theme t) {
        List<Pair> p = new ArrayList<>();
        String[] backgrounds = {"-lab-bg", "-lab-surface", "-fx-base"};
        for (String bg : backgrounds) {
            p.add(new Pair("text -lab-text on " + bg, t.color("-lab-text"), t.color(bg), TEXT));
            p.add(new Pair("text -lab-muted on " + bg, t.color("-lab-muted"), t.color(bg), TEXT));
            p.add(new Pair("focus ring -lab-focus on " + bg, t.color("-lab-focus"), t.color(bg), GRAPHIC));
        }
        for (String fg : new String[] {"-lab-accent", "-lab-good", "-lab-bad"}) {
            p.add(new Pair("text " + fg + " on -lab-surface", t.color(fg), t.color("-lab-surface"), TEXT));
            p.add(new Pair("text " + fg + " on -lab-bg", t.color(fg), t.color("-lab-bg"), TEXT));
        }
        p.add(new Pair("text -lab-text on -lab-accent-soft (guide task, chosen toggles)", t.color("-lab-text"),
                t.color("-lab-accent-soft"), TEXT));
        p.add(new Pair("text -lab-text on -lab-truth (chosen target)", t.color("-lab-text"), t.color("-lab-truth"), TEXT));
        p.add(new Pair("text white on -lab-accent (chosen segment)", t.rule(".segment:selected", "-fx-text-fill"),
                t.rule(".segment:selected", "-fx-background-color"), TEXT));
        p.add(new Pair("focus ring -lab-focus on -lab-accent-soft", t.color("-lab-focus"), t.color("-lab-accent-soft"), GRAPHIC));
        p.add(new Pair("invalid field border -lab-bad on -lab-surface", t.color("-lab-bad"), t.color("-lab-surface"), GRAPHIC));
        p.add(new Pair("marker A on -lab-surface", t.color("-lab-mark-a"), t.color("-lab-surface"), GRAPHIC));
        p.add(new Pair("marker B on -lab-surface", t.color("-lab-mark-b"), t.color("-lab-surface"), GRAPHIC));
        p.add(new Pair("formula zero terms on -lab-surface", t.rule(".formula .f-zero", "-fx-fill"),
                t.color("-lab-surface"), TEXT));
        p.add(new Pair("zeroed batch cell", t.rule(".batch-cell.zeroed", "-fx-text-fill"),
                t.rule(".batch-cell.zeroed", "-fx-control-inner-background"), TEXT));
        p.add(new Pair("picked batch cell", t.color("-lab-text"), t.rule(".batch-cell.picked", "-fx-background-color"), TEXT));
        p.add(new Pair("error banner text", t.rule(".error-banner .label", "-fx-text-fill"),
                t.rule(".error-banner", "-fx-background-color"), TEXT));
        p.add(new Pair("key caps", t.color("-lab-text"), t.rule(".key-cap", "-fx-background-color"), TEXT));
        Color nav = t.rule(".nav", "-fx-background-color");
        Color navText = t.rule(".nav-button", "-fx-text-fill");
        Color chosen = t.rule(".nav-button:selected", "-fx-background-color");
        p.add(new Pair("navigation text", navText, nav, TEXT));
        p.add(new Pair("navigation brand", t.rule(".brand", "-fx-text-fill"), nav, TEXT));
        p.add(new Pair("navigation section title", t.rule(".nav-section", "-fx-text-fill"), nav, TEXT));
        p.add(new Pair("navigation chosen screen", t.rule(".nav-button:selected", "-fx-text-fill"), chosen, TEXT));
        p.add(new Pair("navigation focus ring on the navigation", t.rule(".nav .nav-button:focused", "-fx-border-color"),
                nav, GRAPHIC));
        if (!t.projector) {
            // dark on dark: the ring must also stand out from the chosen screen's fill (in the
            // projector's light navigation the light background around it is enough)
            p.add(new Pair("navigation focus ring on the chosen screen",
                    t.rule(".nav .nav-button:focused", "-fx-border-color"), chosen, GRAPHIC));
        }
        return p;
    }

    private static List<Pair> canvasPairs(Palette pal) {
        List<Pair> p = new ArrayList<>();
        Color s = pal.surface();
        Map<String, Color> text = new LinkedHashMap<>();
        text.put("text", pal.text());
        text.put("muted", pal.muted());
        text.put("curve", pal.curve());
        text.put("curveAlt", pal.curveAlt());
        text.put("truth", pal.truth());
        text.put("predicted", pal.predicted());
        text.put("good", pal.good());
        text.put("bad", pal.bad());
        text.forEach((name, c) -> p.add(new Pair("canvas text " + name + " on surface", c, s, TEXT)));
        p.add(new Pair("canvas axis on surface", pal.axis(), s, GRAPHIC));
        p.add(new Pair("canvas curve on the shaded clipping zone", pal.curve(), over(pal.highlight(), Palette.SHADE, s), GRAPHIC));
        p.add(new Pair("canvas curveAlt on the shaded clipping zone", pal.curveAlt(),
                over(pal.highlight(), Palette.SHADE, s), GRAPHIC));
        p.add(new Pair("canvas faded curve (not in use)", over(pal.curve(), Palette.FADED, s), s, GRAPHIC));
        p.add(new Pair("canvas faded curveAlt (not in use)", over(pal.curveAlt(), Palette.FADED, s), s, GRAPHIC));
        p.add(new Pair("canvas faded curve tag text", over(pal.curve(), Palette.FADED, s), s, TEXT));
        p.add(new Pair("canvas faded legend text", over(pal.text(), Palette.FADED, s), s, TEXT));
        p.add(new Pair("canvas equal-loss lines (faded muted)", over(pal.muted(), Palette.FADED, s), s, GRAPHIC));
        for (int k = 0; k < 10; k++) {
            p.add(new Pair("canvas class " + k + " edge on surface", pal.classEdge(k), s, GRAPHIC));
            p.add(new Pair("class " + k + " edge on the page background", pal.classEdge(k), pal.background(), GRAPHIC));
        }
        return p;
    }

    private static void check(String palette, List<Pair> pairs) {
        List<String> failed = new ArrayList<>();
        double worst = Double.POSITIVE_INFINITY;
        String worstName = "";
        StringBuilder table = new StringBuilder();
        for (Pair pair : pairs) {
            double r = pair.ratio();
            table.append(String.format(Locale.ROOT, "  %6.2f (need %.1f)  %s%n", r, pair.need(), pair.what()));
            if (r < pair.need()) {
                failed.add(String.format(Locale.ROOT, "%s: %.2f < %.1f", pair.what(), r, pair.need()));
            }
            if (pair.need() > 1 && r / pair.need() < worst) {
                worst = r / pair.need();
                worstName = String.format(Locale.ROOT, "%s %.2f", pair.what(), r);
            }
        }
        System.out.println("Contrast, " + palette + " (closest to its limit: " + worstName + ")\n" + table);
        assertTrue(failed.isEmpty(), palette + " fails WCAG AA: " + failed);
    }

    @ParameterizedTest(name = "projector = {0}")
    @ValueSource(booleans = {false, true})
    void cssColoursMeetAa(boolean projector) throws IOException {
        check((projector ? "projector" : "standard") + " CSS", cssPairs(new Theme(Css.load(), projector)));
    }

    @ParameterizedTest(name = "projector = {0}")
    @ValueSource(booleans = {false, true})
    void canvasColoursMeetAa(boolean projector) {
        Palette pal = projector ? Palette.projector() : Palette.standard();
        check(pal.name() + " canvas", canvasPairs(pal));
    }

    /** Palette mirrors the CSS: a plot and the card around it use the same colours. */
    @ParameterizedTest(name = "projector = {0}")
    @ValueSource(booleans = {false, true})
    void paletteMirrorsTheCss(boolean projector) throws IOException {
        Theme t = new Theme(Css.load(), projector);
        Palette pal = projector ? Palette.projector() : Palette.standard();
        assertEquals(t.color("-lab-surface"), pal.surface(), "surface");
        assertEquals(t.color("-lab-bg"), pal.background(), "background");
        assertEquals(t.color("-lab-text"), pal.text(), "text");
        assertEquals(t.color("-lab-muted"), pal.muted(), "muted");
        assertEquals(t.color("-lab-accent"), pal.curve(), "curve = accent");
        assertEquals(t.color("-lab-good"), pal.good(), "good");
        assertEquals(t.color("-lab-bad"), pal.bad(), "bad");
        assertEquals(t.color("-lab-mark-b"), pal.curveAlt(), "B's marker = curveAlt");
    }

    @Test
    void theParserReadsBothRootBlocks() throws IOException {
        Css css = Css.load();
        Theme standard = new Theme(css, false);
        Theme projector = new Theme(css, true);
        assertEquals(Color.web("#FFFFFF"), projector.color("-lab-bg"));
        assertTrue(!standard.color("-lab-bg").equals(projector.color("-lab-bg")), "the projector has its own background");
        // defined in a second .root block further down (the accuracy screen's section)
        assertNotNull(standard.color("-lab-mark-a"));
        // a chain: -fx-focus-color → -lab-focus
        assertEquals(standard.color("-lab-focus"), standard.color("-fx-focus-color"));
        assertEquals(projector.color("-lab-focus"), projector.color("-fx-focus-color"));
    }
}
