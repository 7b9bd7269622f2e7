package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.model.BatchModel;
import celab.model.Lab;
import celab.plot.SampleLossBars;
import celab.plot.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The batch screen as a learner uses it: read the seeds' mean, switch target forms, edit cells. */
class BatchFxTest extends ApplicationTest {
    /** The bar colour of the standard palette (Paul Tol's dark blue) and the ∞ bar's (rose). */
    private static final Color BAR = Color.web("#004488");
    private static final Color INFINITE_BAR = Color.web("#A63446"); // Palette bad = CSS -lab-bad

    private Lab lab;
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.show(window.screens().stream().filter(l -> l.id().equals("batch")).findFirst().orElseThrow());
    }

    private String text(String id) {
        Node n = lookup(id).query();
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    /** Selects everything in a cell, types a value and presses Enter, as a person would. */
    private void typeInto(String id, String value) {
        clickOn(id);
        push(KeyCode.CONTROL, KeyCode.A);
        write(value);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pressingTheChosenTargetFormAgainKeepsItChosen() {
        javafx.scene.control.ToggleButton indices = lookup("#batch-form-indices").queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton oneHot = lookup("#batch-form-onehot").queryAs(javafx.scene.control.ToggleButton.class);
        clickOn("#batch-form-indices");
        assertSame(BatchModel.TargetForm.INDICES, lab.batch().targetForm());
        assertTrue(indices.isSelected(), "indices are in use but their toggle was unselected");
        clickOn("#batch-form-onehot");
        clickOn("#batch-form-onehot");
        assertSame(BatchModel.TargetForm.ONE_HOT, lab.batch().targetForm());
        assertTrue(oneHot.isSelected(), "one-hot is in use but its toggle was unselected");
        assertFalse(indices.isSelected());
    }

    @Test
    void theSameValueTypedAnotherWayIsShownTheUsualWay() {
        typeInto("#batch-p-0-0", "70%");
        assertEquals("0.700", text("#batch-p-0-0"));
        typeInto("#batch-p-1-2", " 0.4 ");
        assertEquals("0.400", text("#batch-p-1-2"));
        assertEquals(0.4, lab.batch().row(1).get(2), 0.0);
    }

    @Test
    void showsTheSeedsBatchAndItsMean() {
        assertEquals("Batch and mean", text("#screen-title"));
        assertEquals("0.38506088", text("#batch-mean"));
        assertEquals("0.3851", text("#batch-mean-short"));
        assertTrue(text("#batch-accuracy").startsWith("100%"), text("#batch-accuracy"));
        assertEquals("0.3567", text("#batch-loss-0"));
        assertEquals("0.6931", text("#batch-loss-1"));
        assertEquals("0.1054", text("#batch-loss-2"));
        assertEquals("0.700", text("#batch-p-0-0"));
        assertEquals("0.0200", text("#batch-p-2-0"));
        assertEquals("t = [0, 1, 1]", text("#batch-targets-text"));
        assertEquals("ŷ[range(3), t] = [0.7, 0.5, 0.9]", text("#batch-by-index"));
        assertTrue(text("#batch-by-sum").endsWith("= [0.7, 0.5, 0.9]"), text("#batch-by-sum"));
    }

    @Test
    void picksAreHighlightedWhereTheTargetsPoint() {
        assertPicked(0, 0);
        assertPicked(1, 1);
        assertPicked(2, 1);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> picker = lookup("#batch-target-2").queryAs(ComboBox.class);
        // keyboard choice on the focused picker: clicking a popup cell by its text was flaky on a busy machine
        interact(picker::requestFocus);
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, lab.batch().target(2));
        assertPicked(2, 2);
        // −log(0.08) = 2.5257: the new true class's probability is read
        assertEquals("2.526", text("#batch-loss-2"));
        // (0.35667494 + 0.69314718 + 2.52572864) / 3 = 1.19185025
        assertEquals("1.192", text("#batch-mean-short"));
        assertEquals("66.7%  (2 of 3)", text("#batch-accuracy"));
    }

    private void assertPicked(int row, int cls) {
        for (int k = 0; k < 3; k++) {
            TextField f = lookup("#batch-p-" + row + "-" + k).queryAs(TextField.class);
            assertEquals(k == cls, f.getStyleClass().contains("picked"), "row " + row + " class " + k);
        }
    }

    @Test
    void oneHotShowsTheMatrixAndTheSameMean() {
        clickOn("#batch-form-onehot");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BatchModel.TargetForm.ONE_HOT, lab.batch().targetForm());
        assertEquals("y = [[1,0,0], [0,1,0], [0,1,0]]", text("#batch-targets-text"));
        String[][] expected = {{"1", "0", "0"}, {"0", "1", "0"}, {"0", "1", "0"}};
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(expected[i][k], lookup("#batch-onehot-" + i + "-" + k).queryAs(Button.class).getText());
            }
        }
        assertTrue(lookup("#batch-target-0").tryQuery().isEmpty(), "index pickers give way to the matrix");
        assertEquals("0.38506088", text("#batch-mean"));
        assertTrue(lookup("#batch-by-sum").query().getStyleClass().contains("in-use"));
        assertFalse(lookup("#batch-by-index").query().getStyleClass().contains("in-use"));
        // the cells that are multiplied by 0 are greyed
        assertTrue(lookup("#batch-p-0-1").query().getStyleClass().contains("zeroed"));

        // clicking a cell of the matrix moves sample 2's 1 to dog: its loss becomes −log 0.02 = 3.912
        clickOn("#batch-onehot-2-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", lookup("#batch-onehot-2-0").queryAs(Button.class).getText());
        assertEquals("0", lookup("#batch-onehot-2-1").queryAs(Button.class).getText());
        assertEquals("3.912", text("#batch-loss-2"));
        assertEquals("y = [[1,0,0], [0,1,0], [1,0,0]]", text("#batch-targets-text"));
        assertPicked(2, 0);

        clickOn("#batch-form-indices");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("t = [0, 1, 0]", text("#batch-targets-text"));
        assertEquals("3.912", text("#batch-loss-2"));
    }

    @Test
    void zeroForATrueClassIsInfiniteWithoutClippingAndFiniteWithIt() {
        CheckBox clip = lookup("#batch-clipping").queryAs(CheckBox.class);
        assertTrue(clip.isSelected());
        clickOn(clip);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lab.getClipping().enabled(), "the check box is the shared lab setting");

        typeInto("#batch-p-0-0", "0");
        assertEquals("∞", text("#batch-loss-0"));
        assertEquals("∞", text("#batch-mean"));
        assertEquals("∞", text("#batch-mean-short"));
        assertTrue(text("#batch-note").contains("∞"), text("#batch-note"));
        // the rest of the row took the freed probability in its old 1 : 2 proportion
        assertEquals("0.333", text("#batch-p-0-1"));
        assertEquals("0.667", text("#batch-p-0-2"));

        clickOn(clip);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lab.getClipping().enabled());
        // −log(1e-7) = 16.118; (16.11809565 + 0.69314718 + 0.10536052) / 3 = 5.63886778
        assertEquals("16.12", text("#batch-loss-0"));
        assertEquals("5.6388678", text("#batch-mean"));
    }

    @Test
    void badInputShowsAMessageAndChangesNothing() {
        BatchModel.State before = lab.batch().getState();
        for (String bad : new String[] {"abc", "-0.2", "1.5"}) {
            typeInto("#batch-p-1-1", bad);
            Label msg = lookup("#batch-msg-1").queryAs(Label.class);
            assertTrue(msg.isVisible(), "a message for " + bad);
            assertTrue(msg.getText().contains("cat"), msg.getText());
            assertSame(before, lab.batch().getState(), "nothing changed for " + bad);
            assertEquals("0.38506088", text("#batch-mean"));
            assertTrue(lookup("#batch-p-1-1").query().getStyleClass().contains("invalid"));
        }
        assertTrue(text("#batch-msg-1").contains("above 1"), text("#batch-msg-1"));

        typeInto("#batch-p-1-1", "0.6");
        assertFalse(lookup("#batch-msg-1").query().isVisible());
        assertEquals(0.6, lab.batch().row(1).get(1), 0.0);
        assertEquals(1.0, lab.batch().row(1).sum(), 1e-12);
        assertEquals("0.5108", text("#batch-loss-1"));
    }

    @Test
    void aCellIsTheSharedNumberFieldWithItsMessageOnTheRowLine() {
        interact(() -> lab.batch().setProbability(1, 1, 0.123456789));
        celab.core.Distribution exact = lab.batch().row(1);
        // visiting a cell and leaving it untouched keeps the exact values, not the rounded display
        clickOn("#batch-p-1-1");
        type(KeyCode.TAB);
        clickOn("#batch-p-1-0");
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(exact, lab.batch().row(1), "an untouched cell changed the row");
        assertEquals("0.123", text("#batch-p-1-1"));

        // a bad value keeps the model's value and says so on the row's message line, under the cell
        BatchModel.State before = lab.batch().getState();
        typeInto("#batch-p-1-1", "1.5");
        Label msg = lookup("#batch-msg-1").queryAs(Label.class);
        assertTrue(msg.isVisible() && msg.getText().startsWith("Sample 1, cat: "), msg.getText());
        assertSame(before, lab.batch().getState());
        assertEquals("1.5", text("#batch-p-1-1"), "the bad text stays for fixing");
        assertTrue(msg.getBoundsInParent().getMinY() >= lookup("#batch-p-1-1").query().getBoundsInParent().getMaxY(),
                "the message line is under the cell's row");

        // Esc puts back the model's value and clears the message
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.123", text("#batch-p-1-1"));
        assertFalse(msg.isVisible());
        assertFalse(lookup("#batch-p-1-1").query().getStyleClass().contains("invalid"));
        assertEquals(exact, lab.batch().row(1));

        // the row line shows the message of the cell that last had one; clearing another cell's
        // message does not hide it
        typeInto("#batch-p-1-2", "abc");
        assertTrue(msg.getText().startsWith("Sample 1, human: "), msg.getText());
        clickOn("#batch-p-1-0");
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(msg.isVisible(), "leaving an untouched neighbour kept the message");
        assertSame(before, lab.batch().getState());
    }

    @Test
    void addARowThenRemoveIt() {
        clickOn("#batch-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, lab.batch().rowCount());
        assertEquals("4", text("#batch-n"));
        assertEquals("0.333", text("#batch-p-3-0"));
        assertEquals("1.099", text("#batch-loss-3")); // ln 3 for a uniform row
        assertTrue(text("#batch-by-index").startsWith("ŷ[range(4), t]"), text("#batch-by-index"));

        clickOn("#batch-remove-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, lab.batch().rowCount());
        assertTrue(lookup("#batch-p-3-0").tryQuery().isEmpty());
        assertEquals("0.38506088", text("#batch-mean"));

        clickOn("#batch-remove-0");
        clickOn("#batch-remove-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, lab.batch().rowCount());
        assertTrue(lookup("#batch-remove-0").query().isDisabled(), "the last sample cannot be removed");
        assertEquals("0.10536052", text("#batch-mean")); // −log 0.9
        assertNull(lookup("#batch-p-1-0").tryQuery().orElse(null));
    }

    @Test
    void resetAllBringsBackTheSeeds() {
        clickOn("#batch-add");
        clickOn("#batch-form-onehot");
        clickOn("#batch-clipping");
        typeInto("#batch-p-0-0", "0");
        clickOn("#reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BatchModel.State.seed(), lab.batch().getState());
        assertFalse(lab.getClipping().enabled(), "clipping is shared: the batch screen's reset keeps it");
        interact(() -> lab.clippingProperty().set(lab.getClipping().withEnabled(true)));
        assertEquals("0.38506088", text("#batch-mean"));
    }

    @Test
    void hiddenNumbersShowQuestionMarks() {
        interact(() -> lab.numbersHiddenProperty().set(true));
        assertEquals("?", text("#batch-mean"));
        assertEquals("?", text("#batch-mean-short"));
        assertEquals("?", text("#batch-loss-0"));
        assertEquals("0.700", text("#batch-p-0-0"), "probabilities are not loss numbers");
        interact(() -> lab.numbersHiddenProperty().set(false));
        assertEquals("0.38506088", text("#batch-mean"));
    }

    @Test
    void lossBarsAreDrawnWithHeightsInProportionToTheLosses() {
        SampleLossBars bars = lookup("#batch-bars").queryAs(SampleLossBars.class);
        long before = bars.redrawCount();
        double[] h = barHeights(bars, BAR);
        // the seeds' per-sample losses 0.35667494, 0.69314718, 0.10536052
        assertTrue(h[0] > 20 && h[1] > 20 && h[2] > 5, java.util.Arrays.toString(h));
        assertEquals(0.69314718 / 0.35667494, h[1] / h[0], 0.05);
        assertEquals(0.10536052 / 0.69314718, h[2] / h[1], 0.02);

        clickOn("#batch-clipping");
        typeInto("#batch-p-0-0", "0");
        assertTrue(bars.redrawCount() > before, "the bars redraw after an edit");
        double[] inf = barHeights(bars, INFINITE_BAR);
        double[] rest = barHeights(bars, BAR);
        // the ∞ bar runs past the top of the scale (1 here, as the finite losses are below 1)
        assertTrue(inf[0] > rest[1] / 0.69314718, "∞ bar " + inf[0] + " vs 1.0 at " + rest[1] / 0.69314718);
        assertEquals(0, rest[0], 0.0, "the ∞ bar is drawn in its own colour");
        assertEquals(0.10536052 / 0.69314718, rest[2] / rest[1], 0.02);
    }

    /** Pixel height of each bar: first to last pixel of the colour down the bar's centre column. */
    private double[] barHeights(SampleLossBars bars, Color colour) {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = bars.canvas().snapshot(null, null));
        PixelReader px = shot[0].getPixelReader();
        int n = lab.batch().rowCount();
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            Bounds b = bars.barBounds(i);
            int x = (int) Math.round(b.getMinX() + b.getWidth() / 2);
            int first = -1;
            int last = -1;
            for (int y = 0; y < (int) shot[0].getHeight(); y++) {
                if (close(px.getColor(x, y), colour)) {
                    first = first < 0 ? y : first;
                    last = y;
                }
            }
            heights[i] = first < 0 ? 0 : last - first + 1;
        }
        return heights;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }
}
