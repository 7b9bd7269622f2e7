package celab.app;

import celab.io.AppSettings;
import celab.io.AppSettings.WindowPlace;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens: where it was last if that is still on a screen, else centred on the
 * primary screen at the preferred size, never more than 90% of the screen's visual bounds (the
 * part not taken by task bars). On close it remembers the place, maximised state and screen.
 */
final class WindowPlacement {
    /** The share of the visual bounds a first window may take. */
    static final double FIRST_SHARE = 0.9;
    /** How much of the title bar must be on some screen for a remembered place to count. */
    private static final double GRAB = 40;

    private WindowPlacement() {
    }

    /**
     * The window's bounds.
     *
     * @param screens the visual bounds of every screen, the primary first
     * @param saved   the remembered place, or null
     */
    static Rectangle2D fit(List<Rectangle2D> screens, WindowPlace saved, double prefWidth, double prefHeight) {
        if (saved != null && saved.width() > 0 && saved.height() > 0) {
            for (Rectangle2D vb : screens) {
                Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), saved.width(), GRAB);
                if (vb.intersects(titleBar)) {
                    return inside(vb, saved.x(), saved.y(), saved.width(), saved.height());
                }
            }
        }
        Rectangle2D vb = screens.get(0);
        double w = Math.min(prefWidth, FIRST_SHARE * vb.getWidth());
        double h = Math.min(prefHeight, FIRST_SHARE * vb.getHeight());
        return new Rectangle2D(vb.getMinX() + (vb.getWidth() - w) / 2, vb.getMinY() + (vb.getHeight() - h) / 2, w, h);
    }

    /** The rectangle moved (and shrunk if needed) to lie wholly inside the visual bounds. */
    private static Rectangle2D inside(Rectangle2D vb, double x, double y, double w, double h) {
        double width = Math.min(w, vb.getWidth());
        double height = Math.min(h, vb.getHeight());
        double left = Math.max(vb.getMinX(), Math.min(x, vb.getMaxX() - width));
        double top = Math.max(vb.getMinY(), Math.min(y, vb.getMaxY() - height));
        return new Rectangle2D(left, top, width, height);
    }

    /** The visual bounds of every screen, the primary first. */
    static List<Rectangle2D> screens() {
        Screen primary = Screen.getPrimary();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(primary),
                        Screen.getScreens().stream().filter(s -> !s.equals(primary)))
                .map(Screen::getVisualBounds).toList();
    }

    /**
     * Keeps the last normal (not maximised, not full-screen) bounds, and writes them with the
     * current screen into the settings when the window closes.
     */
    static void remember(Stage stage, Supplier<String> screen, Runnable onError) {
        double[] normal = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            WindowPlace place = new WindowPlace(normal[0], normal[1], normal[2], normal[3], stage.isMaximized());
            try {
                AppSettings.load().withWindow(place, screen.get()).save();
            } catch (IOException ex) {
                onError.run();
            }
        });
    }
}
