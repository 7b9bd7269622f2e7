package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.AppSettings.WindowPlace;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    /** A 1366×768 laptop with a 40 px task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    /** A projector to the right of it. */
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1920, 1080);

    private static void assertInside(Rectangle2D screen, Rectangle2D window) {
        assertTrue(window.getMinX() >= screen.getMinX() && window.getMinY() >= screen.getMinY()
                && window.getMaxX() <= screen.getMaxX() && window.getMaxY() <= screen.getMaxY(),
                window + " lies inside " + screen);
    }

    @Test
    void theFirstWindowTakesAtMostNinetyPercentOfASmallScreen() {
        Rectangle2D r = WindowPlacement.fit(List.of(LAPTOP), null, 1280, 800);
        assertTrue(r.getWidth() <= 0.9 * 1366 + 1e-9, "width " + r.getWidth());
        assertTrue(r.getHeight() <= 0.9 * 728 + 1e-9, "height " + r.getHeight());
        assertEquals(0.9 * 728, r.getHeight(), 1e-9);
        assertInside(LAPTOP, r);
        assertEquals(LAPTOP.getMinX() + LAPTOP.getWidth() / 2, r.getMinX() + r.getWidth() / 2, 1e-9, "centred");
    }

    @Test
    void onABigScreenTheFirstWindowKeepsItsPreferredSize() {
        Rectangle2D r = WindowPlacement.fit(List.of(PROJECTOR), null, 1280, 800);
        assertEquals(1280, r.getWidth());
        assertEquals(800, r.getHeight());
        assertInside(PROJECTOR, r);
    }

    @Test
    void aRememberedPlaceOnAnotherScreenIsKept() {
        WindowPlace saved = new WindowPlace(1500, 100, 1400, 900, false);
        Rectangle2D r = WindowPlacement.fit(List.of(LAPTOP, PROJECTOR), saved, 1280, 800);
        assertEquals(new Rectangle2D(1500, 100, 1400, 900), r);
    }

    @Test
    void aRememberedPlaceNoLongerOnAnyScreenFallsBackToThePrimary() {
        // the projector was unplugged
        WindowPlace saved = new WindowPlace(1500, 100, 1400, 900, false);
        Rectangle2D r = WindowPlacement.fit(List.of(LAPTOP), saved, 1280, 800);
        assertInside(LAPTOP, r);
        assertTrue(r.getHeight() <= 0.9 * 728 + 1e-9);
    }

    @Test
    void aRememberedPlaceHangingOffTheEdgeIsPulledBackAndShrunk() {
        WindowPlace saved = new WindowPlace(900, -10, 2000, 1000, false);
        Rectangle2D r = WindowPlacement.fit(List.of(LAPTOP), saved, 1280, 800);
        assertInside(LAPTOP, r);
        assertEquals(1366, r.getWidth());
        assertEquals(728, r.getHeight());
    }
}
