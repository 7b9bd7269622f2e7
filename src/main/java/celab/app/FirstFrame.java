package celab.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Start-up measurement: with {@code -Dcelab.firstFrame=true}, prints one line to stderr when the
 * window's first frame has been drawn, {@code celab: first frame at N ms}, counted from the start
 * of the JVM. bench/startup.sh reads it; bench/BareWindow.java prints the same line, measured the
 * same way, so the two can be compared.
 */
final class FirstFrame {

    static final String PROPERTY = "celab.firstFrame";
    /** run.sh's class-data-sharing training run: start, draw the first frame, quit. */
    static final String EXIT_PROPERTY = "celab.exitAfterFirstFrame";

    private FirstFrame() {
    }

    /** Call right after the stage is shown; does nothing unless the property is set. */
    static void reportWhenDrawn() {
        boolean report = Boolean.getBoolean(PROPERTY);
        boolean exit = Boolean.getBoolean(EXIT_PROPERTY);
        if (!report && !exit) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // a pulse lays out and renders the scene; when the second one starts, the first
                // frame (the one the show() asked for) has been drawn
                if (++pulses == 2) {
                    if (!exit) {
                        stop();
                    }
                    if (report) {
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.err.println(String.format(Locale.ROOT, "celab: first frame at %d ms", ms));
                    }
                }
                // a few frames more, so the saved files have been applied too
                if (exit && pulses == 30) {
                    stop();
                    javafx.application.Platform.exit();
                }
            }
        }.start();
    }
}
