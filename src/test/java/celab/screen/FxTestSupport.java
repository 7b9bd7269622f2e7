package celab.screen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Helpers for TestFX tests: reading pixels back from a plot's canvas. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    /** The colour of one canvas pixel (call on the FX thread). */
    public static Color pixel(Canvas canvas, double x, double y) {
        WritableImage img = canvas.snapshot(null, null);
        return img.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    /**
     * Runs the steps (from the test thread) and returns what the FX thread threw meanwhile, up to
     * and including the next pulses: exceptions in listeners and in the pulse, which JavaFX would
     * only print.
     */
    public static List<Throwable> fxExceptionsDuring(Runnable steps) throws Exception {
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        }).get();
        try {
            steps.run();
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100); // a few pulses
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        } finally {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0])).get();
        }
        return new ArrayList<>(thrown);
    }

    /** Colour distance in RGB, 0 for equal colours, about 1.7 for black vs white. */
    public static double distance(Color a, Color b) {
        double dr = a.getRed() - b.getRed();
        double dg = a.getGreen() - b.getGreen();
        double db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
