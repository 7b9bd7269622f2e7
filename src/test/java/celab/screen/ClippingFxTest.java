package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.core.Clipping;
import celab.core.Precision;
import celab.model.Lab;
import celab.plot.ClippingPlot;
import celab.plot.Theme;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The clipping screen as a person uses it: toggles, the ε slider and field, float32, the lenses. */
class ClippingFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;
    private Theme theme;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        theme = new Theme();
        window = new LabWindow(lab, theme);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.show(window.screens().stream().filter(l -> l.id().equals("clipping")).findFirst().orElseThrow());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void turningClippingOffShowsInfinityForAZeroProbability() {
        assertEquals("16.12", text("#clip-zero-loss"));
        assertEquals("5.639", text("#clip-batch-mean"));
        clickOn("#clip-enabled");
        assertFalse(lab.getClipping().enabled());
        assertEquals("∞", text("#clip-zero-loss"));
        assertEquals("∞", text("#clip-batch-mean"));
        assertEquals("∞", text("#clip-cap"));
        assertEquals("-1.000e-9", text("#clip-above-loss"));
        assertTrue(lookup("#clip-zero-loss").query().getStyleClass().contains("bad"));
        clickOn("#clip-enabled");
        assertEquals("16.12", text("#clip-zero-loss"));
        assertEquals("1.000e-7", text("#clip-above-loss"));
    }

    @Test
    void movingTheSliderReplacesARefusedTypedEpsilonEvenWhenEpsilonStaysTheSame() {
        TextField field = lookup("#clip-eps-field").queryAs(TextField.class);
        Slider slider = lookup("#clip-eps-slider").queryAs(Slider.class);
        clickOn(field);
        push(KeyCode.CONTROL, KeyCode.A);
        write("--1");
        type(KeyCode.ENTER);
        assertTrue(lookup("#clip-eps-msg").query().isVisible());
        // −7.0001 rounds back to ε = 1e-7: the model does not change
        interact(() -> slider.setValue(-7.0001));
        assertEquals(1e-7, lab.getClipping().epsilon(), 0.0);
        assertFalse(lookup("#clip-eps-msg").query().isVisible());
        assertEquals("1.00e-7", field.getText());
    }

    @Test
    void leavingTheEpsilonFieldWithoutTypingKeepsTheExactEpsilon() {
        interact(() -> lab.clippingProperty().set(new Clipping(true, 1.23456e-7)));
        assertEquals("1.23e-7", lookup("#clip-eps-field").queryAs(TextField.class).getText());
        clickOn("#clip-eps-field");
        type(KeyCode.TAB);
        clickOn("#clip-eps-field");
        type(KeyCode.ENTER);
        assertEquals(1.23456e-7, lab.getClipping().epsilon(), 0.0, "the field's rounded 1.23e-7 replaced ε");
    }

    @Test
    void movingTheEpsilonSliderChangesTheCapAndRedrawsEveryPlot() {
        assertEquals("16.12", text("#clip-cap"));
        long[] before = redraws();
        Node thumb = lookup("#clip-eps-slider .thumb").query();
        moveTo(thumb);
        press(MouseButton.PRIMARY);
        moveBy(60, 0);
        release(MouseButton.PRIMARY);
        double eps = lab.getClipping().epsilon();
        assertTrue(eps > 1e-6, "ε should have grown, is " + eps);
        String cap = text("#clip-cap");
        assertNotEquals("16.12", cap);
        assertEquals(-Math.log(eps), Double.parseDouble(cap), 0.01);
        assertEquals(eps, Double.parseDouble(lookup("#clip-eps-field").queryAs(TextField.class).getText()), eps * 1e-9,
                "the field shows the ε in use");
        long[] after = redraws();
        for (int i = 0; i < before.length; i++) {
            assertTrue(after[i] > before[i], "plot " + i + " did not redraw");
        }
    }

    @Test
    void theKeyboardMovesEpsilonByHalfADecade() {
        clickOn("#clip-eps-field");
        push(KeyCode.TAB); // from the field to the slider
        assertTrue(lookup("#clip-eps-slider").query().isFocused());
        push(KeyCode.RIGHT);
        assertEquals(3.16e-7, lab.getClipping().epsilon(), 1e-20);
        assertEquals("14.97", text("#clip-cap"));
    }

    @Test
    void typingAValidEpsilonMovesTheSliderAndTheCap() {
        type("#clip-eps-field", "1e-3");
        assertEquals(1e-3, lab.getClipping().epsilon());
        assertEquals(-3, lookup("#clip-eps-slider").queryAs(Slider.class).getValue(), 1e-9);
        assertEquals("6.908", text("#clip-cap"));
    }

    @Test
    void typingNonsenseShowsAMessageAndChangesNothing() {
        for (String bad : new String[] {"abc", "2"}) {
            type("#clip-eps-field", bad);
            Label msg = lookup("#clip-eps-msg").queryAs(Label.class);
            assertTrue(msg.isVisible(), "no message for " + bad);
            assertTrue(msg.getText().contains(bad.equals("abc") ? "not a number" : "above 0.1"), msg.getText());
            assertEquals(Clipping.DEFAULT, lab.getClipping());
            assertEquals("16.12", text("#clip-cap"));
            assertEquals(-7, lookup("#clip-eps-slider").queryAs(Slider.class).getValue(), 1e-9);
            assertEquals(bad, lookup("#clip-eps-field").queryAs(TextField.class).getText(), "the typed text stays to be fixed");
        }
        type("#clip-eps-field", "1e-5");
        assertFalse(lookup("#clip-eps-msg").query().isVisible());
        assertEquals(1e-5, lab.getClipping().epsilon());
    }

    @Test
    void theFloat32SwitchShowsOneMinusEpsilonAsAFloatStoresIt() {
        assertEquals("0.99999990", text("#clip-one-minus-eps"));
        assertEquals("1.000e-7", text("#clip-floor"));
        clickOn("#clip-float32");
        assertEquals(Precision.FLOAT32, lab.getPrecision());
        assertEquals("0.99999988", text("#clip-one-minus-eps"));
        assertEquals("1.192e-7", text("#clip-floor"));
        assertEquals("float64 stores 0.99999990", text("#clip-one-minus-eps-note"));
        clickOn("#clip-float32"); // clicking the chosen format again keeps it chosen
        assertEquals(Precision.FLOAT32, lab.getPrecision());
        clickOn("#clip-float64");
        assertEquals("0.99999990", text("#clip-one-minus-eps"));
    }

    @Test
    void poisoningAnotherSampleChangesTheMean() {
        clickOn("#clip-poison-1");
        assertEquals("5.527", text("#clip-batch-mean"));
        assertEquals(1, lab.clippingLab().poisonedSampleProperty().get());
    }

    @Test
    void resetScreenKeepsTheSharedNumericsAndTheirOwnResetPutsThemBack() {
        type("#clip-eps-field", "1e-3");
        clickOn("#clip-enabled");
        clickOn("#clip-float32");
        clickOn("#clip-poison-2");
        type("#clip-eps-field", "abc");
        clickOn("#reset");
        // ε, clipping and precision are shared by every screen: this screen's reset leaves them
        assertEquals(new Clipping(false, 1e-3), lab.getClipping());
        assertEquals(Precision.FLOAT32, lab.getPrecision());
        assertEquals(0, lab.clippingLab().poisonedSampleProperty().get());
        assertEquals("0.00100", lookup("#clip-eps-field").queryAs(TextField.class).getText());
        assertFalse(lookup("#clip-eps-msg").query().isVisible());
        interact(() -> window.actions().fire("reset-shared"));
        assertEquals(Clipping.DEFAULT, lab.getClipping());
        assertEquals(Precision.FLOAT64, lab.getPrecision());
        assertEquals("16.12", text("#clip-cap"));
        assertEquals("1.00e-7", lookup("#clip-eps-field").queryAs(TextField.class).getText());
    }

    @Test
    void theLensNearZeroDrawsTheClippedLineFlatAtTheCap() {
        ClippingPlot lens = lookup("#clip-lens-zero").queryAs(ClippingPlot.class);
        Pixels colours = new Pixels(lens);
        // left of ε = 1e-7 the clipped curve is flat at −log ε = 16.118
        for (double p : new double[] {1e-14, 1e-12, 1e-10, 1e-8}) {
            assertTrue(colours.lineNear(p, 16.118, true), "no clipped line at the cap for p = " + p);
            // well below the cap (the "cap −log ε" tag, framed in the curve's blue, sits just under it)
            assertFalse(colours.lineNear(p, 5, true), "clipped line below the cap at p = " + p);
        }
        // right of ε it follows −log p again
        assertTrue(colours.lineNear(1e-4, 9.2103, true));
        assertFalse(colours.lineNear(1e-4, 16.118, true));

        type("#clip-eps-field", "1e-3");
        colours = new Pixels(lens);
        assertTrue(colours.lineNear(1e-10, 6.9078, true), "the flat line moves down to −log 1e-3");
        assertFalse(colours.lineNear(1e-10, 16.118, true));
    }

    @Test
    void theLineInUseStaysSolidWhenTheThemeIsZoomed() {
        // a fractional clip rectangle once made the software renderer drop the second curve
        for (double zoom : new double[] {1.2, 1.6}) {
            interact(() -> theme.zoomProperty().set(zoom));
            Pixels colours = new Pixels(lookup("#clip-lens-zero").queryAs(ClippingPlot.class));
            for (double p : new double[] {1e-14, 1e-12, 1e-10}) {
                assertTrue(colours.lineNear(p, 16.118, true), "no solid clipped line at zoom " + zoom + ", p = " + p);
            }
            Pixels whole = new Pixels(lookup("#clip-curve").queryAs(ClippingPlot.class));
            for (double p : new double[] {0.3, 0.5, 0.7}) {
                assertTrue(whole.lineNear(p, -Math.log(p), true), "whole curve at zoom " + zoom + ", p = " + p);
            }
        }
    }

    @Test
    void withoutClippingTheLensNearZeroShowsTheLossRising() {
        clickOn("#clip-enabled");
        ClippingPlot lens = lookup("#clip-lens-zero").queryAs(ClippingPlot.class);
        Pixels colours = new Pixels(lens);
        int hits = 0;
        for (int e = -15; e <= -9; e++) {
            double p = Math.pow(10, e + 0.5);
            hits += colours.lineNear(p, -Math.log(p), false) ? 1 : 0;
        }
        assertTrue(hits >= 4, "the dashed unclipped line is missing (" + hits + " of 7 points)");
    }

    @Test
    void theLensNearOneShowsTheFloorAboveZero() {
        ClippingPlot lens = lookup("#clip-lens-one").queryAs(ClippingPlot.class);
        Pixels colours = new Pixels(lens);
        // at p = 1 and above, the clipped loss is the floor ≈ ε, not 0
        assertTrue(colours.lineNear(1.0, 1.0000000494736474e-07, true));
        assertTrue(colours.lineNear(1 + 1e-7, 1.0000000494736474e-07, true));
        assertFalse(colours.lineNear(1 + 1e-7, 0, true));
    }

    private long[] redraws() {
        return new long[] {
            lookup("#clip-curve").queryAs(ClippingPlot.class).redrawCount(),
            lookup("#clip-lens-zero").queryAs(ClippingPlot.class).redrawCount(),
            lookup("#clip-lens-one").queryAs(ClippingPlot.class).redrawCount(),
        };
    }

    private void type(String id, String text) {
        clickOn(id);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        push(KeyCode.ENTER);
    }

    /** Reads a snapshot of a plot and finds the curves' colours near a data point. */
    private final class Pixels {
        private final ClippingPlot plot;
        private final PixelReader pixels;
        private final int width;
        private final int height;

        Pixels(ClippingPlot plot) {
            WaitForAsyncUtils.waitForFxEvents();
            this.plot = plot;
            Image img = snap(plot);
            this.pixels = img.getPixelReader();
            this.width = (int) img.getWidth();
            this.height = (int) img.getHeight();
        }

        private Image snap(ClippingPlot p) {
            Image[] out = new Image[1];
            interact(() -> out[0] = p.canvas().snapshot(null, null));
            return out[0];
        }

        /** Whether the clipped (blue #004488) or unclipped (rose #BB5566) curve passes within 2 px of (p, loss). */
        boolean lineNear(double p, double loss, boolean clipped) {
            double[] xy = interactValue(() -> plot.toPixel(p, loss));
            int cx = (int) Math.round(xy[0]);
            int cy = (int) Math.round(xy[1]);
            for (int dx = -2; dx <= 2; dx++) {
                for (int dy = -2; dy <= 2; dy++) {
                    int x = cx + dx;
                    int y = cy + dy;
                    if (x >= 0 && y >= 0 && x < width && y < height && matches(pixels.getColor(x, y), clipped)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean matches(Color c, boolean clipped) {
            return clipped
                    ? c.getBlue() > 0.4 && c.getRed() < 0.15 && c.getGreen() < 0.35
                    : c.getRed() > 0.6 && c.getGreen() < 0.45 && c.getBlue() < 0.5 && c.getRed() - c.getBlue() > 0.2;
        }

        private double[] interactValue(java.util.function.Supplier<double[]> s) {
            double[][] out = new double[1][];
            interact(() -> out[0] = s.get());
            return out[0];
        }
    }
}
