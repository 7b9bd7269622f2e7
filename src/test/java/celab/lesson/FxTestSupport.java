package celab.lesson;

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

    /** Colour distance in RGB, 0 for equal colours, about 1.7 for black vs white. */
    public static double distance(Color a, Color b) {
        double dr = a.getRed() - b.getRed();
        double dg = a.getGreen() - b.getGreen();
        double db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
