package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.core.Clipping;
import celab.core.Distribution;
import celab.model.Lab;
import celab.model.PredictionModel;
import celab.plot.LossCurve;
import celab.plot.Palette;
import celab.plot.ProbabilityBars;
import celab.plot.Theme;
import celab.view.FormulaView;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class ExplorerFxTest extends ApplicationTest {
    private Lab lab;
    private PredictionModel row;
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        row = lab.explorer().row();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheSeedsFirstSample() {
        assertEquals("Explorer", text("#screen-title"));
        assertEquals("0.3567", text("#loss"));
        assertEquals("0.7000", text("#p-true"));
        assertEquals("0 dog", text("#predicted"));
        assertEquals("✔ correct", text("#verdict"));
        assertEquals("index = 0", text("#target-index"));
        assertEquals("1", lookup("#onehot-0").queryButton().getText());
        assertEquals("0", lookup("#onehot-1").queryButton().getText());
    }

    @Test
    void draggingASliderUpdatesEveryViewAndKeepsTheSumAtOne() {
        ProbabilityBars bars = lookup("#bars").queryAs(ProbabilityBars.class);
        LossCurve curve = lookup("#curve").queryAs(LossCurve.class);
        long barsBefore = bars.redrawCount();
        long curveBefore = curve.redrawCount();
        Slider dog = lookup("#prob-0").queryAs(Slider.class);
        Bounds b = dog.localToScreen(dog.getBoundsInLocal());
        // grab the thumb (at 0.7) and drag it to about a fifth of the track
        drag(b.getMinX() + b.getWidth() * 0.7, b.getCenterY()).moveTo(b.getMinX() + b.getWidth() * 0.2, b.getCenterY())
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Distribution d = row.getPrediction();
        assertTrue(d.get(0) < 0.4, "dog moved down, was 0.7, now " + d.get(0));
        assertEquals(1.0, d.sum(), 1e-9);
        assertNotEquals("0.3567", text("#loss"));
        assertEquals(celab.core.Numbers.format(-Math.log(d.get(0))), text("#loss"));
        assertTrue(bars.redrawCount() > barsBefore, "bars redrew");
        assertTrue(curve.redrawCount() > curveBefore, "curve redrew");
        assertEquals("Σ ŷ = 1.000", text("#sum"));
        // the other two kept their 1 : 2 ratio
        assertEquals(2.0, d.get(2) / d.get(1), 1e-9);
        FormulaView formula = lookup(".formula").queryAs(FormulaView.class);
        assertTrue(formula.reducedText().endsWith(text("#loss")), formula.reducedText());
    }

    @Test
    void badTypedValuesShowAMessageAndChangeNothing() {
        Distribution before = row.getPrediction();
        String[][] cases = {
            {"abc", "cat: “abc” is not a number."},
            {"-0.2", "cat: -0.2 is below 0: a probability is between 0 and 1."},
            {"1.5", "cat: 1.5 is above 1: a probability is between 0 and 1."},
        };
        for (String[] c : cases) {
            TextField field = lookup("#prob-field-1").queryAs(TextField.class);
            doubleClickOn(field).eraseText(field.getText().length() + 2).write(c[0]).type(KeyCode.ENTER);
            Label msg = lookup("#prob-msg-1").queryAs(Label.class);
            assertTrue(msg.isVisible(), "message visible for " + c[0]);
            assertEquals(c[1], msg.getText());
            assertEquals(before, row.getPrediction(), "prediction unchanged for " + c[0]);
            assertEquals("0.3567", text("#loss"));
        }
        TextField field = lookup("#prob-field-1").queryAs(TextField.class);
        doubleClickOn(field).eraseText(field.getText().length() + 2).write("0.3").type(KeyCode.ENTER);
        assertFalse(lookup("#prob-msg-1").queryAs(Label.class).isVisible());
        assertEquals(0.3, row.getPrediction().get(1), 1e-12);
        assertEquals(1.0, row.getPrediction().sum(), 1e-12);
    }

    @Test
    void aFieldThatHasFocusWhenTheClassesChangeCommitsNothing() throws Exception {
        interact(() -> row.setClassCount(6));
        clickOn("#prob-field-5");
        write("0.9");
        java.util.List<Throwable> thrown = FxTestSupport.fxExceptionsDuring(() -> interact(() -> row.setClassCount(3)));
        assertEquals(java.util.List.of(), thrown);
        clickOn("#prob-field-1");
        push(KeyCode.CONTROL, KeyCode.A);
        write("0.6");
        Distribution before = row.getPrediction();
        thrown = FxTestSupport.fxExceptionsDuring(() -> interact(() -> row.setClassCount(4)));
        assertEquals(java.util.List.of(), thrown);
        // the old field's text is not written into the rebuilt row
        assertEquals(before.resize(4).get(1), row.getPrediction().get(1), 0.0);
    }

    @Test
    void undoingARenameWhileTheNameFieldHasFocusSticks() {
        clickOn("#name-0");
        push(KeyCode.CONTROL, KeyCode.A);
        write("wolf");
        type(KeyCode.ENTER);
        assertEquals("wolf", lab.classNames().get(0));
        interact(() -> window.session().undo());
        assertEquals("dog", lab.classNames().get(0));
        assertEquals("dog", lookup("#name-0").queryAs(TextField.class).getText());
        clickOn("#prob-field-0"); // the name field loses focus
        assertEquals("dog", lab.classNames().get(0), "leaving the name field renamed the class back");
    }

    @Test
    void leavingAFieldWithoutTypingKeepsTheExactValue() {
        interact(() -> row.setProbability(0, 0.123456));
        assertEquals("0.123", lookup("#prob-field-0").queryAs(TextField.class).getText());
        clickOn("#prob-field-0");
        type(KeyCode.TAB);
        clickOn("#prob-field-0");
        type(KeyCode.ENTER);
        assertEquals(0.123456, row.getPrediction().get(0), 0.0, "the field's rounded 0.123 replaced the value");
    }

    @Test
    void numberKeysAndOneHotCellsPickTheTarget() {
        clickOn("#bars");
        interact(() -> lookup("#curve").query().requestFocus());
        type(KeyCode.DIGIT3);
        assertEquals(2, row.getTarget());
        assertEquals("index = 2", text("#target-index"));
        assertEquals("1", lookup("#onehot-2").queryButton().getText());
        assertEquals("✘ wrong", text("#verdict"));
        clickOn("#onehot-1");
        assertEquals(1, row.getTarget());
        clickOn("#target-0");
        assertEquals(0, row.getTarget());
    }

    @Test
    void draggingThePointAlongTheCurveSetsPTrue() {
        LossCurve curve = lookup("#curve").queryAs(LossCurve.class);
        Bounds b = curve.localToScreen(curve.getBoundsInLocal());
        double[] at = curve.markPosition(0);
        drag(b.getMinX() + at[0], b.getMinY() + at[1]).moveBy(-(at[0] - 100), 0).release(javafx.scene.input.MouseButton.PRIMARY);
        double p = row.getPrediction().get(0);
        assertTrue(p < 0.3, "p(true) dragged down to " + p);
        assertEquals(celab.core.Numbers.format(row.getResult().loss(0)), text("#loss"));
    }

    @Test
    void clippingOffAndZeroShowInfinity() {
        interact(() -> {
            lab.clippingProperty().set(Clipping.OFF);
            row.setTrueProbability(0);
        });
        assertEquals("∞", text("#loss"));
        interact(() -> lab.clippingProperty().set(Clipping.DEFAULT));
        assertEquals("16.12", text("#loss"));
    }

    @Test
    void resetAllBringsBackTheStartAfterChangingTheClassCount() {
        interact(() -> row.setClassCount(6));
        assertEquals(6, lookup(".prob-slider").queryAll().size());
        clickOn("#reset");
        assertEquals(3, lookup(".prob-slider").queryAll().size());
        assertEquals("0.3567", text("#loss"));
    }

    @Test
    void aBadClassCountGetsAMessageAndTheCountStays() {
        javafx.scene.control.Spinner<?> classes = lookup("#class-count").queryAs(javafx.scene.control.Spinner.class);
        Label msg = lookup("#class-count-msg").queryAs(Label.class);
        celab.core.Distribution exact = row.getPrediction();
        // leaving the untouched count changes nothing
        interact(() -> classes.getEditor().requestFocus());
        type(javafx.scene.input.KeyCode.TAB);
        assertEquals(exact, row.getPrediction());
        assertFalse(msg.isVisible());
        // a count out of range or not a whole number: the count stays, the card says why
        interact(() -> classes.getEditor().requestFocus());
        interact(() -> classes.getEditor().selectAll());
        write("1");
        type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(exact, row.getPrediction());
        assertTrue(msg.isVisible());
        assertEquals("classes: 1 is below 2: it goes from 2 to " + Lab.MAX_CLASSES + ".", msg.getText());
        interact(() -> classes.getEditor().selectAll());
        write("x");
        type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(msg.getText().contains("“x” is not a whole number"), msg.getText());
        assertEquals(3, row.classCount());
        // Esc puts the count back
        type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals("3", classes.getEditor().getText());
        assertFalse(msg.isVisible());
        // a good count is taken
        interact(() -> classes.getEditor().selectAll());
        write("5");
        type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(5, row.classCount());
        assertEquals(5, lookup(".prob-slider").queryAll().size());
    }

    @Test
    void barsAndCurveAreDrawnWhereTheyShouldBe() {
        ProbabilityBars bars = lookup("#bars").queryAs(ProbabilityBars.class);
        LossCurve curve = lookup("#curve").queryAs(LossCurve.class);
        Palette pal = Palette.standard();
        interact(() -> {
            double[] top = bars.barTop(0); // dog, 0.7, the true class: drawn fully opaque
            Color inside = FxTestSupport.pixel(bars.canvas(), top[0], top[1] + 20);
            Color above = FxTestSupport.pixel(bars.canvas(), top[0] + 2, top[1] - 40);
            assertTrue(FxTestSupport.distance(inside, pal.classColor(0)) < 0.05, "bar body " + inside);
            assertTrue(FxTestSupport.distance(above, Color.WHITE) < 0.05, "above the bar " + above);
            double[] mark = curve.markPosition(0);
            Color point = FxTestSupport.pixel(curve.canvas(), mark[0], mark[1]);
            assertTrue(FxTestSupport.distance(point, pal.curveAlt()) < 0.05, "point " + point);
        });
    }
}
