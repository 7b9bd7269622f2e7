package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.core.LogBase;
import celab.core.Numbers;
import celab.model.InformationModel;
import celab.model.Lab;
import celab.plot.LossCurve;
import celab.plot.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The information screen as a learner sees it, the lab-wide unit, the tangent and the "?" help. */
class InformationFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;
    private InformationModel model;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        model = lab.information();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void open() {
        clickOn("#nav-information");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheSeedsRowWithAOneHotTarget() {
        open();
        assertEquals("Information", text("#screen-title"));
        assertEquals("0.3567", text("#cross-entropy"));
        assertEquals("0", text("#entropy"));
        assertEquals("0.3567", text("#kl"));
        assertEquals("0 + 0.3567 ✔", text("#identity"));
        assertTrue(text("#floor").contains("H(y) = 0"), text("#floor"));
    }

    @Test
    void smoothingRaisesTheFloorAndMatchingYHatReachesIt() {
        open();
        Slider alpha = lookup("#smoothing").queryAs(Slider.class);
        interact(() -> alpha.setValue(0.1));
        assertEquals("α = 0.10", text("#smoothing-value"));
        assertEquals("0.2911", text("#entropy"));
        assertTrue(text("#floor").contains("cannot reach 0") && text("#floor").contains("0.2911 nats"), text("#floor"));
        clickOn("#match-target");
        assertEquals("0", text("#kl"));
        assertEquals("0.2911", text("#cross-entropy"));
        assertTrue(text("#identity").endsWith("✔"), text("#identity"));
    }

    @Test
    void editingYByHandOpensTheEditorAndSaysSo() {
        open();
        interact(() -> model.target().setProbability(1, 0.5));
        assertTrue(lookup("#y-by-hand").queryAs(TitledPane.class).isExpanded());
        assertTrue(text("#y-source").startsWith("y is your own row"), text("#y-source"));
        // H([0.5, 0.5, 0]) = ln 2
        assertEquals(Numbers.format(Math.log(2)), text("#entropy"));
    }

    @Test
    void bitsAreOneSettingForTheWholeLab() {
        open();
        clickOn("#log-base-2");
        assertEquals(LogBase.TWO, lab.getLogBase());
        assertEquals(Numbers.format(-Math.log(0.7) / Math.log(2)), text("#cross-entropy"));
        assertTrue(lookup("#cross-entropy").queryAs(Label.class).getParent().getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().endsWith("(bits)")), "the caption names the unit");
        clickOn("#nav-explorer");
        assertEquals("0.5146", text("#loss")); // −log₂ 0.7
        assertTrue(lookup(".readout-caption").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("loss  −log₂ p(true)  (bits)")));
        clickOn("#nav-information");
        clickOn("#log-base-e");
        assertEquals("0.3567", text("#cross-entropy"));
    }

    @Test
    void bitsReachTheLossesOfEveryOtherScreen() {
        interact(() -> lab.logBaseProperty().set(LogBase.TWO));
        double ln2 = Math.log(2);
        clickOn("#nav-batch");
        assertEquals(Numbers.format(lab.batch().getResult().mean() / ln2, 8), text("#batch-mean"));
        clickOn("#nav-clipping");
        assertEquals(Numbers.format(-Math.log(1e-7) / ln2), text("#clip-cap")); // 23.25 bits
        clickOn("#nav-logits");
        assertEquals(Numbers.format(lab.logits().getState().loss() / ln2), text("#logit-loss"));
        clickOn("#nav-spiral");
        assertEquals(Numbers.format(Math.log(3) / ln2), text("#spiral-loss")); // log₂ 3 = 1.585 bits
        for (String caption : new String[] {"batch loss = mean of L_i (bits)", "cap: the largest loss (bits)",
                "loss via log-softmax (bits)", "loss, mean cross-entropy (bits)"}) {
            // every view stays built after its first visit, so the captions can be read from the lab's window
            assertTrue(captions().contains(caption), caption + " in " + captions());
        }
    }

    private java.util.Set<String> captions() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (String screen : new String[] {"batch", "clipping", "logits", "spiral"}) {
            interact(() -> window.show(screen));
            lookup(".readout-caption").queryAllAs(Label.class).forEach(l -> all.add(l.getText()));
        }
        return all;
    }

    @Test
    void hiddenNumbersHideEveryInformationQuantity() {
        open();
        interact(() -> lab.numbersHiddenProperty().set(true));
        for (String id : new String[] {"#cross-entropy", "#entropy", "#kl", "#identity"}) {
            assertEquals("?", text(id), id);
        }
        assertFalse(text("#floor").matches(".*\\d\\.\\d.*"), text("#floor"));
    }

    /** The tangent drawn at the point has the slope of the drawn curve (a centred finite difference). */
    @Test
    void theExplorersTangentMatchesAFiniteDifferenceOfTheCurve() {
        LossCurve curve = lookup("#curve").queryAs(LossCurve.class);
        assertTrue(curve.tangentProperty().get(), "the tangent is shown by default");
        for (LogBase base : LogBase.values()) {
            interact(() -> lab.logBaseProperty().set(base));
            for (double p : new double[] {0.05, 0.1, 0.3, 0.7, 0.9, 0.99}) {
                double h = 1e-6;
                double fd = (curve.valueAt(p + h) - curve.valueAt(p - h)) / (2 * h);
                assertEquals(fd, curve.slopeAt(p), 1e-6 * Math.abs(fd), base + " p=" + p);
            }
        }
        interact(() -> lab.logBaseProperty().set(LogBase.E));
        assertEquals("dog -1.429", text("#push-0"));
        assertEquals("cat 0", text("#push-1"));
        clickOn("#compare-push");
        assertTrue(text("#push-summary").contains("At p = 0.9 it is -1.11, at p = 0.1 it is -10.0"), text("#push-summary"));
        assertTrue(text("#push-summary").contains("9.0× harder"), text("#push-summary"));
    }

    @Test
    void theQuestionMarkOpensThisScreensHelpAndEscClosesIt() {
        open();
        clickOn("#screen-help-button");
        assertNotNull(lookup("#screen-help").tryQuery().orElse(null));
        assertTrue(lookup("#help-look").queryAs(javafx.scene.layout.VBox.class).getChildren().size() > 1);
        assertTrue(lookup(".help-item").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("Set ŷ = y")));
        type(KeyCode.ESCAPE);
        assertNull(lookup("#screen-help").tryQuery().orElse(null));
    }
}
