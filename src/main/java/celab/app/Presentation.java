package celab.app;

import celab.model.Lab;
import celab.plot.Theme;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * The classroom commands: zoom, projector colours, full screen, predict-then-reveal, and
 * presentation mode (F5), which puts them together and hides the menu bar and the sidebar so the
 * screen gets the whole projector. F9 or moving the mouse to the top or left edge brings them back.
 */
public final class Presentation {
    private static final double BASE_FONT = 14;
    private static final double ZOOM_STEP = 0.25;
    /** How close to the window's edge the mouse must come to bring the menus back. */
    private static final double EDGE = 6;

    private final LabWindow window;
    private final Lab lab;
    private final Theme theme;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting", false);
    private final BooleanProperty chromeShown = new SimpleBooleanProperty(this, "chromeShown", true);

    Presentation(LabWindow window) {
        this.window = window;
        this.lab = window.lab();
        this.theme = window.theme();
    }

    // Properties

    /** True in presentation mode (F5). */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Whether the menu bar and the sidebar are shown (always outside presentation mode). */
    public BooleanProperty chromeShownProperty() {
        return chromeShown;
    }

    // Commands

    /** Predict-then-reveal: hides or shows every loss number. */
    public void toggleNumbersHidden() {
        boolean hide = !lab.numbersHiddenProperty().get();
        lab.numbersHiddenProperty().set(hide);
        window.setStatus(hide ? "Losses hidden: make your guess, then press F2 to reveal."
                              : "Losses revealed.");
    }

    public void zoomIn() {
        theme.zoomProperty().set(Math.min(Theme.MAX_ZOOM, theme.getZoom() + ZOOM_STEP));
    }

    public void zoomOut() {
        theme.zoomProperty().set(Math.max(Theme.MIN_ZOOM, theme.getZoom() - ZOOM_STEP));
    }

    public void zoomReset() {
        theme.zoomProperty().set(1.0);
    }

    public void toggleProjector() {
        theme.projectorProperty().set(!theme.projectorProperty().get());
        window.setStatus(theme.projectorProperty().get()
                ? "Projector colours: white, high contrast, thick lines." : "Standard colours.");
    }

    public void toggleFullScreen() {
        Stage stage = window.stage();
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /**
     * Presentation mode: full screen, projector colours, 150% zoom, menu bar and sidebar hidden;
     * or all of it back.
     */
    public void togglePresentation() {
        boolean on = !presenting.get();
        presenting.set(on);
        theme.projectorProperty().set(on);
        theme.zoomProperty().set(on ? 1.5 : 1.0);
        chromeShown.set(!on);
        Stage stage = window.stage();
        if (stage != null) {
            stage.setFullScreen(on);
        }
        window.setStatus(on ? "Presentation mode: F9 or the top or left edge shows the menus; F5 leaves."
                            : "Presentation mode off.");
    }

    /** F9: shows or hides the menu bar and the sidebar. */
    public void toggleChrome() {
        chromeShown.set(!chromeShown.get());
    }

    // Building

    /** Font size from the zoom (every em in lab.css follows it), and the edges that reveal the menus. */
    void attach(Parent layers) {
        Runnable zoom = () -> layers.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                BASE_FONT * theme.getZoom()));
        theme.zoomProperty().addListener((o, was, now) -> zoom.run());
        zoom.run();
        theme.projectorProperty().addListener((o, was, now) -> {
            layers.getStyleClass().remove("projector");
            if (now) {
                layers.getStyleClass().add("projector");
            }
        });
        layers.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            if (presenting.get() && !chromeShown.get() && (e.getSceneX() <= EDGE || e.getSceneY() <= EDGE)) {
                chromeShown.set(true);
            }
        });
    }
}
