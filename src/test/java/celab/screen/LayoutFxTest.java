package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import celab.app.LabWindow;
import celab.model.Lab;
import celab.plot.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen in every room: the five window sizes, zoom 100–250%, both palettes, the guide
 * open or closed, and presentation mode (F5) at 1920 × 1080. Fails on any label whose shown text
 * is cut ("…"), any text field too narrow for its text, any control out of reach (outside the
 * window with no scroll bar to it), a screen that needs a sideways scroll bar, a main picture
 * squeezed below a readable size, and a presentation-mode main picture under a third of the screen
 * (the panels a screen names as its main pictures, style class {@code main-picture}; the plots
 * inside them, found by id, are reported beside).
 * Every problem is listed with where it happened, then counted by kind.
 */
class LayoutFxTest extends ApplicationTest {
    static final int[][] SIZES = {{1024, 768}, {1366, 768}, {1280, 800}, {1920, 1080}, {2560, 1440}};
    static final double[] ZOOMS = Boolean.getBoolean("celab.layout.quick") ? new double[] {1.0} : new double[] {1.0, 1.5, 2.0, 2.5};
    /** The main pictures each screen names (the play area), by CSS selector. */
    static final Map<String, List<String>> PICTURES = Map.of(
            "explorer", List.of("#bars", "#curve"),
            "accuracy", List.of("#simplex", "#ab-curve"),
            "batch", List.of(".batch-table", "#batch-bars"),
            "clipping", List.of("#clip-curve", "#clip-lens-zero", "#clip-lens-one"),
            "logits", List.of("#logit-scale", ".logit-paths"),
            "spiral", List.of("#spiral-plane", "#spiral-curve"),
            "information", List.of("#surprisal-bars", "#information-bar"),
            "data", List.of("#data-histogram", "#data-per-class", "#data-confusion", "#data-reliability",
                    "#data-epsilon", "#data-temperature"));
    /** Below this a picture no longer reads, at any zoom (px). */
    static final double MIN_PICTURE_W = 150;
    static final double MIN_PICTURE_H = 100;

    private Lab lab;
    private LabWindow window;
    private Scene scene;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        scene = window.createScene(1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    /** One thing wrong, where it was seen. */
    record Problem(String kind, String screen, String room, String what) {
        String where() {
            return kind + " | " + screen + " | " + what;
        }
    }

    @Test
    void everyScreenFitsEveryRoom() {
        List<Problem> problems = new ArrayList<>();
        for (double zoom : ZOOMS) {
            for (boolean projector : new boolean[] {false, true}) {
                for (boolean guide : new boolean[] {false, true}) {
                    for (int[] size : SIZES) {
                        resize(size[0], size[1]);
                        fx(() -> {
                            window.theme().zoomProperty().set(zoom);
                            window.theme().projectorProperty().set(projector);
                            lab.guide().openProperty().set(guide);
                        });
                        for (Screen s : ScreenCatalog.all()) {
                            String room = String.format(Locale.ROOT, "%dx%d zoom %.0f%% %s guide %s",
                                    size[0], size[1], zoom * 100, projector ? "projector" : "standard", guide ? "open" : "closed");
                            settle(s.id());
                            problems.addAll(inspect(s.id(), room));
                        }
                    }
                }
            }
        }
        report("all rooms", problems);
    }

    @Test
    void presentationModeGivesTheMainPictureAThirdOfTheScreen() {
        resize(1920, 1080);
        fx(() -> window.presentation().togglePresentation());
        assertTrue(window.theme().projectorProperty().get(), "F5 turns on the projector palette");
        List<Problem> problems = new ArrayList<>();
        Map<String, String> shares = new TreeMap<>();
        for (Screen s : ScreenCatalog.all()) {
            settle(s.id());
            String room = "presentation 1920x1080";
            problems.addAll(inspect(s.id(), room));
            double[] share = new double[2];
            fx(() -> {
                double screen = scene.getWidth() * scene.getHeight();
                for (Node n : scene.getRoot().lookupAll(".main-picture")) {
                    if (shown(n)) {
                        Bounds b = visibleBounds(n);
                        share[0] += b.getWidth() * b.getHeight() / screen;
                    }
                }
                for (Node n : pictures(s.id())) {
                    Bounds b = visibleBounds(n);
                    share[1] += b.getWidth() * b.getHeight() / screen;
                }
            });
            shares.put(s.id(), String.format(Locale.ROOT, "picture panels %.0f%% (the plots in them %.0f%%)",
                    share[0] * 100, share[1] * 100));
            if (share[0] < 1.0 / 3) {
                problems.add(new Problem("picture under a third in F5", s.id(), room,
                        String.format(Locale.ROOT, "main picture panels cover %.1f%% of the screen", share[0] * 100)));
            }
        }
        System.out.println("[layout] presentation mode 1920x1080: " + shares);
        report("presentation mode", problems);
    }

    // Driving

    /** Runs on the FX thread and waits for it, without TestFX's settling sleeps (hundreds of rooms). */
    private static void fx(Runnable r) {
        try {
            WaitForAsyncUtils.asyncFx(r).get();
        } catch (Exception e) {
            throw new AssertionError(e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * Moves the window's root into a scene of the given size. The scene is laid out but not put
     * on the headless screen, which is smaller than the largest rooms.
     */
    private void resize(int w, int h) {
        fx(() -> {
            scene.setRoot(new javafx.scene.Group());
            scene = window.createScene(w, h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            assertEquals(w, scene.getWidth(), 0.5, "scene width");
            assertEquals(h, scene.getHeight(), 0.5, "scene height");
        });
    }

    /** Shows the screen and lets layout (and anything it posts for later) settle. */
    private void settle(String screen) {
        fx(() -> assertTrue(window.show(screen), screen));
        for (int i = 0; i < 3; i++) {
            fx(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
        }
    }

    // Inspecting

    private List<Problem> inspect(String screen, String room) {
        List<Problem> found = new ArrayList<>();
        fx(() -> {
            for (Node n : shownNodes(scene.getRoot())) {
                if (n instanceof Labeled l) {
                    String cut = cutText(l);
                    if (cut != null) {
                        found.add(new Problem("text cut", screen, room, describe(n) + " shows \"" + cut + "\""));
                    }
                }
                if (n instanceof TextField f && tooNarrow(f)) {
                    found.add(new Problem("field too narrow", screen, room, describe(n) + " \"" + f.getText() + "\""));
                }
                if (interactive(n) && !reachable(n)) {
                    found.add(new Problem("out of reach", screen, room, describe(n) + where(n)));
                }
                if (n instanceof ScrollPane sp && sp.getStyleClass().contains("screen-scroll") && sideways(sp)) {
                    found.add(new Problem("sideways scroll", screen, room, String.format(Locale.ROOT,
                            "screen needs %.0f px, has %.0f", sp.getContent().getLayoutBounds().getWidth(),
                            sp.getViewportBounds().getWidth()) + widest(sp.getContent())));
                }
            }
            for (Node p : pictures(screen)) {
                Bounds b = p.getLayoutBounds();
                if (b.getWidth() < MIN_PICTURE_W || b.getHeight() < MIN_PICTURE_H) {
                    found.add(new Problem("picture squeezed", screen, room, String.format(Locale.ROOT,
                            "%s is %.0f × %.0f px", describe(p), b.getWidth(), b.getHeight())));
                }
            }
        });
        return found;
    }

    private List<Node> pictures(String screen) {
        List<Node> list = new ArrayList<>();
        for (String selector : PICTURES.get(screen)) {
            Set<Node> hits = scene.getRoot().lookupAll(selector);
            List<Node> shown = hits.stream().filter(LayoutFxTest::shown).collect(Collectors.toList());
            if (shown.size() != 1) {
                fail(screen + ": expected one shown " + selector + ", found " + shown.size());
            }
            list.addAll(shown);
        }
        return list;
    }

    /** The shown text if it differs from the label's text (cut to "…" or to nothing), else null. */
    static String cutText(Labeled l) {
        String full = l.getText();
        if (full == null || full.isEmpty()) {
            return null;
        }
        if (l.isMnemonicParsing()) {
            full = full.replaceFirst("_(?=.)", "");
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t) {
                String shown = t.getText() == null ? "" : t.getText();
                return shown.equals(full) ? null : shown;
            }
        }
        return null; // the text is drawn by an inner Labeled (a menu button's label), checked on its own
    }

    static boolean tooNarrow(TextField f) {
        String s = f.getText();
        if (s == null || s.isEmpty()) {
            return false;
        }
        Text t = new Text(s);
        t.setFont(f.getFont());
        double need = t.getLayoutBounds().getWidth();
        double have = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
        return need > have + 1;
    }

    static boolean interactive(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof Slider
                || n instanceof Spinner || n instanceof ChoiceBox || n instanceof ComboBoxBase;
    }

    static boolean sideways(ScrollPane sp) {
        Node c = sp.getContent();
        return c != null && c.getLayoutBounds().getWidth() > sp.getViewportBounds().getWidth() + 1;
    }

    /**
     * A control is in reach when it lies inside the window, or inside the content of a scroll pane
     * that scrolls to it (and that scroll pane is itself in reach). A control squeezed to nothing
     * is not.
     */
    boolean reachable(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() < 2 || b.getHeight() < 2) {
            return false;
        }
        return reachable(b, n.getParent());
    }

    private boolean reachable(Bounds b, Parent from) {
        for (Parent p = from; p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node c = sp.getContent();
                Bounds in = c.sceneToLocal(b);
                Bounds all = c.getLayoutBounds();
                Bounds view = sp.getViewportBounds();
                boolean xInside = in.getMinX() >= all.getMinX() - 1 && in.getMaxX() <= all.getMaxX() + 1;
                boolean yInside = in.getMinY() >= all.getMinY() - 1 && in.getMaxY() <= all.getMaxY() + 1;
                boolean xScrolls = sp.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER || all.getWidth() <= view.getWidth() + 1;
                boolean yScrolls = sp.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER || all.getHeight() <= view.getHeight() + 1;
                if (!(xInside && yInside && xScrolls && yScrolls)) {
                    return false;
                }
                return reachable(sp.localToScene(sp.getLayoutBounds()), sp.getParent());
            }
        }
        return b.getMinX() >= -1 && b.getMinY() >= -1 && b.getMaxX() <= scene.getWidth() + 1
                && b.getMaxY() <= scene.getHeight() + 1;
    }

    /** With -Dcelab.layout.debug: the chain of widest minimums that sets a screen's width. */
    private static String widest(Node n) {
        if (System.getProperty("celab.layout.debug", "").isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (widest:");
        for (int depth = 0; depth < 8 && n instanceof Parent p; depth++) {
            Node best = null;
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c.isManaged() && c.isVisible() && (best == null || c.minWidth(-1) > best.minWidth(-1))) {
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            sb.append(String.format(Locale.ROOT, " %s %.0f", best.getId() != null ? "#" + best.getId()
                    : best.getClass().getSimpleName() + best.getStyleClass(), best.minWidth(-1)));
            n = best;
        }
        return sb.append(')').toString();
    }

    /** Where an unreachable control is, for the report. */
    private String where(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        String s = String.format(Locale.ROOT, " at %.0f,%.0f %.0f×%.0f", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        if (!System.getProperty("celab.layout.debug", "").isEmpty()) {
            for (Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp && sp.getContent() != null) {
                    Bounds c = sp.getContent().localToScene(sp.getContent().getLayoutBounds());
                    s += String.format(Locale.ROOT, " in scroll content %.0f,%.0f %.0f×%.0f", c.getMinX(), c.getMinY(), c.getWidth(), c.getHeight());
                    break;
                }
            }
        }
        return s;
    }

    /** The part of a node that can be seen in the window right now (scrolled-away parts left out). */
    private Bounds visibleBounds(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        double x0 = Math.max(0, b.getMinX());
        double y0 = Math.max(0, b.getMinY());
        double x1 = Math.min(scene.getWidth(), b.getMaxX());
        double y1 = Math.min(scene.getHeight(), b.getMaxY());
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds v = sp.localToScene(sp.getLayoutBounds());
                x0 = Math.max(x0, v.getMinX());
                y0 = Math.max(y0, v.getMinY());
                x1 = Math.min(x1, v.getMaxX());
                y1 = Math.min(y1, v.getMaxY());
            }
        }
        return new BoundingBox(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    static List<Node> shownNodes(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    static String describe(Node n) {
        String self = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName()
                + (n instanceof Labeled l && l.getText() != null ? " \"" + abbreviate(l.getText()) + "\"" : "");
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                return self + " in #" + p.getId();
            }
        }
        return self;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "[…]" : one;
    }

    private static void report(String what, List<Problem> problems) {
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Set<String>> distinct = new TreeMap<>();
        for (Problem p : problems) {
            byKind.merge(p.kind(), 1, Integer::sum);
            distinct.computeIfAbsent(p.kind(), k -> new LinkedHashSet<>()).add(p.screen() + " | " + p.what());
        }
        Map<String, Integer> byScreen = new LinkedHashMap<>();
        for (Problem p : problems) {
            byScreen.merge(p.screen(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("[layout] ").append(what).append(": ").append(problems.size()).append(" problems ").append(byKind)
                .append(", distinct ").append(distinct.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().size()).collect(Collectors.joining(", ", "{", "}")))
                .append(", by screen ").append(byScreen).append('\n');
        Map<String, List<String>> rooms = new LinkedHashMap<>();
        for (Problem p : problems) {
            rooms.computeIfAbsent(p.where(), k -> new ArrayList<>()).add(p.room());
        }
        rooms.forEach((k, v) -> sb.append("  ").append(k).append("  [").append(v.size()).append("×, e.g. ")
                .append(v.get(0)).append("]\n"));
        System.out.println(sb);
        if (!problems.isEmpty()) {
            fail(sb.length() > 20_000 ? sb.substring(0, 20_000) + "\n[…]" : sb.toString());
        }
    }
}
