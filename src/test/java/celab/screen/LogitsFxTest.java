package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.core.Precision;
import celab.model.Lab;
import celab.model.LogitsModel;
import celab.plot.GradientBars;
import celab.plot.LogitScale;
import celab.plot.Palette;
import celab.plot.ProbabilityBars;
import celab.plot.Theme;
import celab.view.LogitPaths;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class LogitsFxTest extends ApplicationTest {
    private Lab lab;
    private LogitsModel model;
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        model = lab.logits();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.show(window.screens().stream().filter(l -> l.id().equals("logits")).findFirst().orElseThrow());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void typeInto(String id, String value) {
        TextField field = lookup(id).queryAs(TextField.class);
        doubleClickOn(field).eraseText(field.getText().length() + 2).write(value).type(KeyCode.ENTER);
    }

    @Test
    void aFieldThatHasFocusWhenTheClassesShrinkIsDroppedQuietly() throws Exception {
        interact(() -> model.setClassCount(6));
        clickOn("#logit-field-5");
        write("7");
        java.util.List<Throwable> thrown = FxTestSupport.fxExceptionsDuring(() -> interact(() -> model.setClassCount(3)));
        assertEquals(java.util.List.of(), thrown);
        assertEquals(3, model.classCount());
        assertEquals(2.0, model.getState().logit(0));
    }

    @Test
    void pressingTheChosenPrecisionAgainKeepsItChosen() {
        javafx.scene.control.ToggleButton f64 = lookup("#precision-float64").queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton f32 = lookup("#precision-float32").queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(f64.isSelected());
        clickOn("#precision-float64");
        assertEquals(Precision.FLOAT64, lab.getPrecision());
        assertTrue(f64.isSelected(), "float64 is in use but its segment was unselected");
        clickOn("#precision-float32");
        clickOn("#precision-float32");
        assertEquals(Precision.FLOAT32, lab.getPrecision());
        assertTrue(f32.isSelected(), "float32 is in use but its segment was unselected");
        assertFalse(f64.isSelected());
    }

    @Test
    void opensOnTwoOneNoughtPointOne() {
        assertEquals("From logits", text("#screen-title"));
        // softmax([2, 1, 0.1]) = [0.659, 0.242, 0.099]: −log 0.659 = 0.4170
        assertEquals("0.4170", text("#logit-loss"));
        assertEquals("0.6590", text("#stable-p-0"));
        assertEquals("0.4170", text("#naive-loss"));
        assertEquals("✔ agrees", text("#naive-verdict"));
        assertEquals("2.000", lookup("#logit-field-0").queryAs(TextField.class).getText());
    }

    @Test
    void movingALogitSliderChangesSoftmaxBarsAndLoss() {
        ProbabilityBars bars = lookup("#softmax-bars").queryAs(ProbabilityBars.class);
        GradientBars grad = lookup("#gradient-bars").queryAs(GradientBars.class);
        long barsBefore = bars.redrawCount();
        long gradBefore = grad.redrawCount();
        Slider dog = lookup("#logit-0").queryAs(Slider.class);
        Bounds b = dog.localToScreen(dog.getBoundsInLocal());
        // the thumb sits at 2 on −20…20, i.e. 55 % of the track; drag it far left
        drag(b.getMinX() + b.getWidth() * 0.55, b.getCenterY()).moveTo(b.getMinX() + b.getWidth() * 0.1, b.getCenterY())
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double z0 = model.getState().logit(0);
        assertTrue(z0 < -10, "dog's logit dragged down to " + z0);
        assertNotEquals("0.4170", text("#logit-loss"));
        // the loss is now about −z0 + log(e + e^0.1): the true class is far behind
        double expected = Math.log(Math.exp(z0) + Math.exp(1) + Math.exp(0.1)) - z0;
        assertEquals(celab.core.Numbers.format(expected), text("#logit-loss"));
        assertTrue(bars.redrawCount() > barsBefore, "softmax bars redrew");
        assertTrue(grad.redrawCount() > gradBefore, "gradient bars redrew");
        assertEquals(celab.core.Numbers.format(z0, 4), lookup("#logit-field-0").queryAs(TextField.class).getText());
    }

    @Test
    void keyboardMovesASliderToo() {
        Slider cat = lookup("#logit-1").queryAs(Slider.class);
        interact(cat::requestFocus);
        type(KeyCode.RIGHT, 5);
        assertEquals(1.5, model.getState().logit(1), 1e-9);
    }

    @Test
    void typingAThousandBreaksTheNaivePathButTheStableLossStaysFinite() {
        typeInto("#logit-field-1", "1000");
        assertEquals(1000, model.getState().logit(1));
        assertEquals("998.0", text("#logit-loss")); // log Σ exp ≈ 1000, minus z_dog = 2
        assertEquals("∞", text("#naive-loss"));
        assertEquals("✘ broken", text("#naive-verdict"));
        assertEquals("∞", text("#naive-exp-1"));
        assertEquals("NaN", text("#naive-p-1"));
        assertEquals("∞", text("#naive-sum"));
        assertEquals("0", text("#stable-shift-1"));
        LogitPaths paths = lookup(".logit-paths").queryAs(LogitPaths.class);
        assertTrue(paths.explanation().startsWith("exp(1000) is past the largest float64 (z > 709.78)"), paths.explanation());
        // the slider is pinned at its end and marked as beyond its range
        Slider cat = lookup("#logit-1").queryAs(Slider.class);
        assertEquals(20, cat.getValue());
        assertTrue(cat.getStyleClass().contains("beyond"));
    }

    @Test
    void float32BreaksAt89WhereFloat64DoesNot() {
        typeInto("#logit-field-0", "89");
        assertEquals("✔ agrees", text("#naive-verdict"));
        clickOn("#precision-float32");
        assertEquals(Precision.FLOAT32, lab.getPrecision());
        assertEquals("✘ broken", text("#naive-verdict"));
        assertEquals("NaN", text("#naive-loss")); // the true class is the one that overflowed: ∞/∞
        assertEquals("0", text("#logit-loss"));
        clickOn("#precision-float64");
        assertEquals("✔ agrees", text("#naive-verdict"));
    }

    @Test
    void badTypedLogitsShowAMessageAndChangeNothing() {
        String[][] cases = {
            {"1200", "cat: 1200 is beyond ±1000: the lab takes logits from −1000 to 1000."},
            {"abc", "cat: “abc” is not a number."},
            {"inf", "cat: “inf” is not a finite number: type a logit between −1000 and 1000."},
        };
        for (String[] c : cases) {
            typeInto("#logit-field-1", c[0]);
            Label msg = lookup("#logit-msg-1").queryAs(Label.class);
            assertTrue(msg.isVisible(), "message for " + c[0]);
            assertEquals(c[1], msg.getText());
            assertEquals(1.0, model.getState().logit(1));
            assertEquals("0.4170", text("#logit-loss"));
        }
        typeInto("#logit-field-1", "−3");
        assertFalse(lookup("#logit-msg-1").queryAs(Label.class).isVisible());
        assertEquals(-3.0, model.getState().logit(1));
    }

    @Test
    void gradientCheckShowsTheSameNumbersTwice() {
        clickOn("#logit-target-2");
        assertEquals(2, model.getState().target());
        for (int k = 0; k < 3; k++) {
            assertEquals(text("#grad-" + k), text("#fd-" + k), "class " + k);
        }
        // softmax([2, 1, 0.1]) − [0, 0, 1]
        assertEquals("0.6590", text("#grad-0"));
        assertEquals("-0.9014", text("#grad-2"));
    }

    @Test
    void loadingThePyTorchExampleShowsItsLossesAndMean() {
        clickOn("#load-example");
        assertEquals("1.441", text("#example-mean"));
        assertEquals("0.1689", text("#example-loss-0"));
        assertEquals("1.939", text("#example-loss-1"));
        assertEquals("2.177", text("#example-loss-2"));
        assertEquals("1.480", text("#example-loss-3"));
        assertEquals("0.1689", text("#logit-loss"));
        clickOn("#example-row-2");
        assertEquals("2.177", text("#logit-loss"));
        assertEquals("-0.7193", lookup("#logit-field-2").queryAs(TextField.class).getText());
        // tabbing through an untouched field keeps the exact value, not the rounded text
        clickOn("#logit-field-2").type(KeyCode.TAB);
        assertEquals(-0.7192575931549072, model.getState().logit(2));
        assertEquals("1.441", text("#example-mean"));
        // editing the selected sample changes its loss and the mean
        typeInto("#logit-field-2", "3");
        assertNotEquals("2.177", text("#example-loss-2"));
        assertNotEquals("1.441", text("#example-mean"));
        assertEquals("0.1689", text("#example-loss-0"));
        clickOn("#leave-example");
        assertFalse(model.isExample());
        assertFalse(lookup("#example-grid").query().isVisible());
    }

    @Test
    void hiddenNumbersHideEveryLoss() {
        interact(() -> lab.numbersHiddenProperty().set(true));
        assertEquals("?", text("#logit-loss"));
        assertEquals("?", text("#naive-loss"));
        clickOn("#load-example");
        assertEquals("?", text("#example-mean"));
        assertEquals("?", text("#example-loss-1"));
    }

    @Test
    void resetAllBringsBackTheStart() {
        clickOn("#load-example");
        clickOn("#precision-float32");
        clickOn("#reset");
        assertFalse(model.isExample());
        assertEquals(Precision.FLOAT32, lab.getPrecision(), "the precision is shared: the screen's reset keeps it");
        interact(() -> lab.precisionProperty().set(Precision.FLOAT64));
        assertEquals("0.4170", text("#logit-loss"));
    }

    @Test
    void scaleDrawsTheOverflowZoneAtTheActivePrecisionsLimit() {
        LogitScale scale = lookup("#logit-scale").queryAs(LogitScale.class);
        Color zone = Palette.standard().bad();
        interact(() -> {
            double y = scale.getHeight() * 0.45;
            Color past64 = FxTestSupport.pixel(scale.canvas(), scale.px(850), y);
            Color between = FxTestSupport.pixel(scale.canvas(), scale.px(300), y);
            assertTrue(FxTestSupport.distance(past64, Color.WHITE) > 0.05, "float64 zone tinted " + past64);
            assertTrue(FxTestSupport.distance(between, Color.WHITE) < 0.05, "300 is safe in float64 " + between);
            lab.precisionProperty().set(Precision.FLOAT32);
        });
        interact(() -> {
            double y = scale.getHeight() * 0.45;
            Color between = FxTestSupport.pixel(scale.canvas(), scale.px(300), y);
            assertTrue(FxTestSupport.distance(between, Color.WHITE) > 0.05, "300 overflows float32 " + between);
            assertTrue(between.getRed() > between.getBlue(), "tinted with the bad colour " + between + " vs " + zone);
        });
    }
}
