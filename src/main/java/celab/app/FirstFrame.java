package celab.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;

/**
 * Start-up measurement: with {@code -Dcelab.firstFrame=true}, prints one line to stderr when the
 * window's first frame has been drawn, {@code celab: first frame at N ms}, counted from the start
 * of the JVM, and one when the saved files (last session, progress) have been applied after it,
 * {@code celab: restored at N ms}. bench/startup.sh reads them; bench/BareWindow.java prints the
 * first line, measured the same way, so the two can be compared.
 */
final class FirstFrame {

    static final String PROPERTY = "celab.firstFrame";
    /** run.sh's class-data-sharing training run: start, draw the first frame, quit. */
    static final String EXIT_PROPERTY = "celab.exitAfterFirstFrame";

    private FirstFrame() {
    }

    /**
     * Completes on the FX thread once the first frame has been drawn: work the first frame does
     * not need waits for it, instead of sharing the two cores with it. Call on the FX thread in the
     * same event that shows the window (pulses only run between events).
     */
    static CompletableFuture<Void> drawn() {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    drawn.complete(null);
                }
            }
        }.start();
        return drawn;
    }

    private static volatile boolean restored;

    /** The saved files have been applied (or could not be read): a training run may quit. */
    static void markRestored() {
        restored = true;
        if (Boolean.getBoolean(PROPERTY)) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println(String.format(Locale.ROOT, "celab: restored at %d ms", ms));
        }
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
            private int restoredAtPulse = -1;

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
                // the saved files are read after the first frame: quit a few frames after they
                // have been applied, so a training run loads what restoring needs too (at most
                // after about ten seconds)
                if (exit && restoredAtPulse < 0 && restored) {
                    restoredAtPulse = pulses;
                }
                if (exit && (restoredAtPulse >= 0 && pulses >= Math.max(30, restoredAtPulse + 10) || pulses >= 600)) {
                    stop();
                    javafx.application.Platform.exit();
                }
            }
        }.start();
    }
}
