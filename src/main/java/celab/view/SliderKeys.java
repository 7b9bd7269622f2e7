package celab.view;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The one keyboard rule for every slider of the lab: the arrow keys move a focused slider by its
 * block increment, Shift+arrow by a fine step, and the new value lands on the fine step's grid
 * (0.7 → 0.71, not 0.7100000000000001). The value is set on the slider itself, so the slider's
 * own listener stays the one path into the model. Home and End keep JavaFX's meaning (min, max).
 */
public final class SliderKeys {

    private SliderKeys() {
    }

    /**
     * Installs the rule on a slider.
     *
     * @param fine the Shift step, smaller than the slider's block increment (a power of ten works best)
     */
    public static void install(Slider slider, double fine) {
        if (!(fine > 0) || fine >= slider.getBlockIncrement()) {
            throw new IllegalArgumentException("fine step " + fine + " must be positive and below the block increment "
                    + slider.getBlockIncrement());
        }
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int direction = direction(e.getCode());
            if (direction == 0 || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            double step = e.isShiftDown() ? fine : slider.getBlockIncrement();
            slider.setValue(next(slider.getValue(), direction * step, fine, slider.getMin(), slider.getMax()));
            e.consume();
        });
    }

    /** value + delta, rounded to the grid of {@code fine} and kept within [min, max]. */
    static double next(double value, double delta, double fine, double min, double max) {
        double raw = value + delta;
        double inverse = Math.rint(1 / fine);
        double snapped = Math.abs(inverse * fine - 1) < 1e-12
                ? Math.rint(raw * inverse) / inverse // 0.001 → ×1000, exact decimal digits
                : Math.rint(raw / fine) * fine;
        return Math.max(min, Math.min(max, snapped));
    }

    private static int direction(KeyCode code) {
        return switch (code) {
            case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
            default -> 0;
        };
    }
}
