package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.model.Lab;
import celab.model.SpiralModel;
import celab.plot.Palette;
import celab.plot.SpiralPlot;
import celab.plot.Theme;
import celab.plot.TrainingCurve;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class TrainingFxTest extends ApplicationTest {
    private Lab lab;
    private SpiralModel model;
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        model = lab.spiral();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.show(window.screens().stream().filter(l -> l.id().equals("spiral")).findFirst().orElseThrow());
    }

    @AfterEach
    void stopTraining() {
        model.shutdown();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private int epochShown() {
        return Integer.parseInt(text("#spiral-epoch").replace(",", ""));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, String what) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            boolean[] ok = new boolean[1];
            interact(() -> ok[0] = condition.getAsBoolean());
            return ok[0];
        });
    }

    @Test
    void opensAtEpochZeroAndSaysWhyTheLossIsLnC() {
        assertEquals("Training signal", text("#screen-title"));
        assertEquals("0", text("#spiral-epoch"));
        assertEquals("1.099", text("#spiral-loss"));
        String why = text("#spiral-why");
        assertTrue(why.contains("start at 1.099"), why);
        assertTrue(why.contains("0.01·N(0, 1)"), why);
        assertTrue(why.contains("ln 3 = 1.099"), why);
        assertEquals("Play", lookup("#spiral-play").queryAs(Button.class).getText());
    }

    @Test
    void stepAdvancesTheEpochAndChangesTheLoss() throws TimeoutException {
        TrainingCurve curve = lookup("#spiral-curve").queryAs(TrainingCurve.class);
        long redraws = curve.redrawCount();
        clickOn("#spiral-step");
        waitUntil(() -> epochShown() == 1, "epoch 1");
        assertNotEquals("1.099", text("#spiral-loss"));
        clickOn("#spiral-step");
        waitUntil(() -> epochShown() == 2, "epoch 2");
        assertTrue(curve.redrawCount() > redraws, "curve redrew");
    }

    @Test
    void playThenPause() throws Exception {
        SpiralPlot plane = lookup("#spiral-plane").queryAs(SpiralPlot.class);
        long redraws = plane.redrawCount();
        clickOn("#spiral-play");
        assertEquals("Pause", lookup("#spiral-play").queryAs(Button.class).getText());
        waitUntil(() -> epochShown() >= 40, "40 epochs");
        // the UI thread still answers quickly while training runs
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(done::countDown);
            assertTrue(done.await(2, TimeUnit.SECONDS), "FX thread answered");
            assertTrue((System.nanoTime() - t0) / 1e6 < 1000, "FX round trip under 1 s");
        }
        clickOn("#spiral-play");
        assertEquals("Play", lookup("#spiral-play").queryAs(Button.class).getText());
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        int stopped = epochShown();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stopped, epochShown(), "paused");
        assertTrue(plane.redrawCount() > redraws + 2, "the plane redrew while training");
        double loss = Double.parseDouble(text("#spiral-loss"));
        assertTrue(loss < 1.09, "loss fell from 1.099 to " + loss);
    }

    @Test
    void moreClassesMeanMoreArmsAndLnFour() throws TimeoutException {
        interact(() -> model.classesProperty().set(4));
        waitUntil(() -> model.getSnapshot().data().classes() == 4, "4 classes");
        assertEquals("1.386", text("#spiral-loss"));
        assertTrue(text("#spiral-why").contains("ln 4 = 1.386"));
        SpiralPlot plane = lookup("#spiral-plane").queryAs(SpiralPlot.class);
        Palette pal = Palette.standard();
        interact(() -> {
            // a point of class 3 is drawn in class 3's colour (its centre), on the region colours
            celab.core.net.SpiralData d = model.getSnapshot().data();
            int i = d.size() - 1;
            double[] p = plane.pixel(d.x(i), d.y(i));
            Color c = FxTestSupport.pixel(plane.canvas(), p[0], p[1]);
            assertTrue(FxTestSupport.distance(c, pal.classColor(3)) < 0.1, "point colour " + c);
            // a corner of the plane holds a region colour of some class
            double[] corner = plane.pixel(-1.05, 1.05);
            Color r = FxTestSupport.pixel(plane.canvas(), corner[0], corner[1]);
            boolean region = false;
            for (int k = 0; k < 4; k++) {
                region |= FxTestSupport.distance(r, SpiralPlot.regionColor(pal, k)) < 0.03;
            }
            assertTrue(region, "region colour " + r);
        });
    }

    @Test
    void newDataAndResetAll() throws TimeoutException {
        clickOn("#spiral-new-data");
        waitUntil(() -> model.getSnapshot().data().seed() == 1, "seed 1");
        assertEquals(1L, model.seedProperty().get());
        clickOn("#spiral-step");
        waitUntil(() -> epochShown() == 1, "epoch 1");
        clickOn("#reset");
        waitUntil(() -> epochShown() == 0 && model.getSnapshot().data().seed() == 0, "back to the start");
        assertEquals("1.099", text("#spiral-loss"));
    }

    @Test
    void hiddenNumbersHideTheLossAndLnC() {
        interact(() -> lab.numbersHiddenProperty().set(true));
        assertEquals("?", text("#spiral-loss"));
        String why = text("#spiral-why");
        // the sentence names the loss without its value, and no "?" stands in for a number
        assertTrue(why.startsWith("Why does training start where it does?") && why.contains("= ln 3 for every point"), why);
        assertTrue(!why.contains("1.099") && !why.contains("??") && !why.contains("= ?"), why);
        interact(() -> lab.numbersHiddenProperty().set(false));
        assertEquals("1.099", text("#spiral-loss"));
    }

    @Test
    void leavingTheScreenPausesTraining() throws TimeoutException {
        clickOn("#spiral-play");
        waitUntil(() -> epochShown() >= 3, "some epochs");
        clickOn("#nav-explorer");
        assertTrue(!model.isRunning());
    }
}
