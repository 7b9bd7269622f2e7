package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.core.Distribution;
import celab.model.Lab;
import celab.plot.CanvasPlot;
import celab.plot.LossCurve;
import celab.plot.SimplexGeometry;
import celab.plot.SimplexPlot;
import celab.plot.Theme;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The accuracy-vs-loss screen as a learner uses it: sliders, the shared target, dragging, puzzles. */
class AccuracyVsLossFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.show(window.screens().stream().filter(l -> l.id().equals("accuracy")).findFirst().orElseThrow());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private static double number(String s) {
        return Double.parseDouble(s);
    }

    @Test
    void theScreenIsInTheCatalogAfterTheExplorer() {
        assertEquals("explorer", window.screens().get(0).id());
        assertEquals("accuracy", window.screens().get(1).id());
        assertEquals("Accuracy vs loss", text("#screen-title"));
    }

    @Test
    void showsTheSeedsExampleBothRightWithLosses0511And1022() {
        assertEquals("0.5108", text("#a-loss"));
        assertEquals("1.022", text("#b-loss"));
        assertEquals("✔ correct", text("#a-verdict"));
        assertEquals("✔ correct", text("#b-verdict"));
        assertEquals("0.6000", text("#a-p-true"));
        assertEquals("0.3600", text("#b-p-true"));
        assertEquals("accuracy: 100% vs 100%", text("#ab-accuracy"));
        assertTrue(text("#ab-loss").endsWith("0.5108 vs 1.022"), text("#ab-loss"));
        assertEquals("B's loss is 2.0× A's (0.5108 more).", text("#ab-ratio"));
        assertEquals("○", text("#challenge-1-mark"));
        assertEquals("○", text("#challenge-2-mark"));
    }

    @Test
    void movingAsSliderChangesAsReadoutAndNotBs() {
        SimplexPlot simplex = lookup("#simplex").queryAs(SimplexPlot.class);
        LossCurve curve = lookup("#ab-curve").queryAs(LossCurve.class);
        long simplexBefore = simplex.redrawCount();
        long curveBefore = curve.redrawCount();
        Slider cat = lookup("#a-prob-1").queryAs(Slider.class);
        interact(cat::requestFocus);
        for (int i = 0; i < 10; i++) {
            type(KeyCode.RIGHT); // +0.01 each: 0.60 → 0.70
        }
        assertEquals(0.70, lab.comparison().a().getPrediction().get(1), 1e-9);
        assertEquals("0.7000", text("#a-p-true"));
        assertEquals("0.3567", text("#a-loss")); // −ln 0.7 = 0.35667
        assertEquals("1.022", text("#b-loss"));
        assertEquals("0.3600", text("#b-p-true"));
        assertEquals(1.0, lab.comparison().a().getPrediction().sum(), 1e-9);
        assertTrue(simplex.redrawCount() > simplexBefore, "the triangle redrew");
        assertTrue(curve.redrawCount() > curveBefore, "the curve redrew");
    }

    @Test
    void changingTheTargetUpdatesBoth() {
        clickOn("#target-0");
        assertEquals("1.514", text("#a-loss")); // −ln 0.22
        assertEquals("1.139", text("#b-loss")); // −ln 0.32
        assertEquals("✘ wrong", text("#a-verdict"));
        assertEquals("✘ wrong", text("#b-verdict"));
        assertEquals("accuracy: 0% vs 0%", text("#ab-accuracy"));
        assertEquals(0, lab.comparison().b().getTarget());
        type(KeyCode.DIGIT3); // human
        assertEquals("1.715", text("#a-loss")); // −ln 0.18
        assertEquals("1.139", text("#b-loss")); // −ln 0.32
        assertEquals(2, lab.comparison().a().getTarget());
        assertEquals(2, lookup("#simplex").queryAs(SimplexPlot.class).targetProperty().get());
    }

    @Test
    void draggingASimplexPointSetsThatPredictionAndIsRecognisedAsPuzzleTwo() {
        SimplexPlot plot = lookup("#simplex").queryAs(SimplexPlot.class);
        SimplexGeometry g = plot.geometry();
        double[] from = plot.pointPosition(0);
        double[] to = g.toXY(0.45, 0.40, 0.15); // A picks dog but still gives cat 0.40 > B's 0.36
        drag(plot.localToScreen(from[0], from[1]), MouseButton.PRIMARY)
                .moveTo(plot.localToScreen((from[0] + to[0]) / 2, (from[1] + to[1]) / 2))
                .moveTo(plot.localToScreen(to[0], to[1]))
                .drop();
        assertEquals(g, plot.geometry(), "the triangle kept its size while the puzzle text changed");
        Distribution a = lab.comparison().a().getPrediction();
        assertEquals(0.45, a.get(0), 0.02);
        assertEquals(0.40, a.get(1), 0.02);
        assertEquals(1.0, a.sum(), 1e-9);
        assertEquals("✘ wrong", text("#a-verdict"));
        assertEquals("0 dog", text("#a-predicted"));
        double shown = number(text("#a-loss"));
        assertEquals(-Math.log(a.get(1)), shown, 5e-4);
        assertTrue(shown > 0.86 && shown < 0.97, "about −ln 0.40 = 0.916: " + shown);
        assertEquals("1.022", text("#b-loss"));
        assertEquals(Distribution.of(0.32, 0.36, 0.32), lab.comparison().b().getPrediction());
        assertEquals("✔", text("#challenge-2-mark"));
        assertTrue(text("#challenge-2").startsWith("Found it! A picks dog (wrong)"), text("#challenge-2"));
        assertTrue(text("#status").contains("Puzzle 2 solved"), text("#status"));
    }

    @Test
    void draggingOnTheCurveMovesTheNearestPoint() {
        LossCurve curve = lookup("#ab-curve").queryAs(LossCurve.class);
        double[] a = curve.markPosition(0);
        double[] b = curve.markPosition(1);
        assertTrue(a[0] > b[0], "A (p = 0.6) is right of B (p = 0.36)");
        // press on B and drag it right to about p = 0.8
        Point2D start = curve.localToScreen(b[0], b[1]);
        double x08 = b[0] + (a[0] - b[0]) / (0.60 - 0.36) * (0.80 - 0.36);
        drag(start, MouseButton.PRIMARY).moveTo(curve.localToScreen(x08, b[1])).drop();
        double pB = lab.comparison().b().getPrediction().get(1);
        assertEquals(0.80, pB, 0.02);
        assertEquals(-Math.log(pB), number(text("#b-loss")), 5e-4);
        assertEquals("0.5108", text("#a-loss"), "A did not move");
    }

    @Test
    void typingASurerARecognisesPuzzleOne() {
        TextField field = lookup("#a-prob-field-1").queryAs(TextField.class);
        doubleClickOn(field);
        interact(field::selectAll);
        write("0.92");
        type(KeyCode.ENTER);
        assertEquals("0.08338", text("#a-loss")); // −ln 0.92
        assertEquals("1.022", text("#b-loss"));
        assertEquals("accuracy: 100% vs 100%", text("#ab-accuracy"));
        assertEquals("✔", text("#challenge-1-mark"));
        assertTrue(text("#challenge-1").startsWith("Found it! Both right"), text("#challenge-1"));
        assertEquals("○", text("#challenge-2-mark"));
    }

    @Test
    void resetAllBringsBackTheSeedsExample() {
        clickOn("#target-2");
        interact(() -> lab.comparison().a().setProbability(0, 0.9));
        assertNotEquals("0.5108", text("#a-loss"));
        clickOn("#reset");
        assertEquals("0.5108", text("#a-loss"));
        assertEquals("1.022", text("#b-loss"));
        assertEquals(1, lab.comparison().targetProperty().get());
        assertEquals("○", text("#challenge-1-mark"));
    }

    @Test
    void hiddenNumbersHideBothLosses() {
        interact(() -> lab.numbersHiddenProperty().set(true));
        assertEquals("?", text("#a-loss"));
        assertEquals("?", text("#b-loss"));
        assertTrue(text("#ab-loss").endsWith("? vs ?"));
        assertEquals("accuracy: 100% vs 100%", text("#ab-accuracy"), "accuracy is not a loss number");
    }

    @Test
    void theTriangleIsDrawnWithAAboveBInTheCatRegion() {
        SimplexPlot plot = lookup("#simplex").queryAs(SimplexPlot.class);
        SimplexGeometry g = plot.geometry();
        double[] dog = g.corner(0);
        double[] cat = g.corner(1);
        double[] human = g.corner(2);
        assertTrue(cat[1] < dog[1] - 50, "cat is the top corner");
        assertEquals(dog[1], human[1], 1e-9);
        assertEquals(g.side(), Math.hypot(cat[0] - dog[0], cat[1] - dog[1]), 1e-6, "equilateral");
        assertTrue(g.side() > 120, "a usable size at 1280×800: " + g.side());

        WritableImage img = snapshot(plot);
        // A = (0.22, 0.6, 0.18): the base is level, so A sits 60% of the way up from the base to the
        // cat corner; B (0.36) lower. Each point is a filled mark in its own colour.
        double ax = 0.22 * dog[0] + 0.6 * cat[0] + 0.18 * human[0];
        double ay = dog[1] - 0.6 * (dog[1] - cat[1]);
        double by = dog[1] - 0.36 * (dog[1] - cat[1]);
        double bx = 0.32 * dog[0] + 0.36 * cat[0] + 0.32 * human[0];
        assertNear(Color.web("#1D2430"), pixel(img, ax, ay), "A's dark circle");
        assertNear(Color.web("#994455"), pixel(img, bx, by), "B's rose square"); // Palette curveAlt, darkened for contrast
        assertTrue(by > ay + 20, "B lower (further from cat) than A");

        // the three corners carry their class dots; the base edge is drawn
        assertNear(Color.web("#117733"), pixel(img, cat[0], cat[1]), "cat's corner dot");
        assertNear(Color.web("#332288"), pixel(img, dog[0], dog[1]), "dog's corner dot");
        Color edge = pixel(img, dog[0] + 0.3 * (human[0] - dog[0]), dog[1]);
        assertTrue(edge.getBrightness() < 0.8, "base edge drawn: " + edge);

        // the cat region near the top is tinted green, the dog region bluish, outside is white
        Color catRegion = pixel(img, g.toXY(0.06, 0.88, 0.06));
        assertTrue(catRegion.getGreen() > catRegion.getRed() + 0.02 && catRegion.getGreen() > catRegion.getBlue() + 0.02,
                "cat region tint: " + catRegion);
        Color dogRegion = pixel(img, g.toXY(0.8, 0.07, 0.13));
        assertTrue(dogRegion.getBlue() > dogRegion.getGreen() + 0.02 && dogRegion.getBlue() > dogRegion.getRed(),
                "dog region tint: " + dogRegion);
        // the contour of loss 0.25 is the line p(cat) = e^−0.25 = 0.7788; between contours only the tint
        double onLine = minBrightness(img, g.toXY(0.1106, 0.7788, 0.1106));
        double between = pixel(img, g.toXY(0.155, 0.69, 0.155)).getBrightness();
        assertTrue(onLine < between - 0.08, "contour 0.25 drawn: " + onLine + " vs " + between);

        double[] leftMid = {(dog[0] + cat[0]) / 2, (dog[1] + cat[1]) / 2};
        Color outside = pixel(img, leftMid[0] - 14, leftMid[1] - 8);
        assertNear(Color.WHITE, outside, "outside the triangle");
    }

    private WritableImage snapshot(CanvasPlot plot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        interact(() -> img.set(plot.canvas().snapshot(null, null)));
        return img.get();
    }

    /** The darkest of the pixels just above and below a point: a thin line may fall between rows. */
    private static double minBrightness(WritableImage img, double[] xy) {
        double min = 1;
        for (int dy = -1; dy <= 1; dy++) {
            min = Math.min(min, pixel(img, xy[0], xy[1] + dy).getBrightness());
        }
        return min;
    }

    private static Color pixel(WritableImage img, double[] xy) {
        return pixel(img, xy[0], xy[1]);
    }

    private static Color pixel(WritableImage img, double x, double y) {
        return img.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    private static void assertNear(Color expected, Color actual, String what) {
        double d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 0.12, what + ": expected " + expected + " but was " + actual);
    }
}
