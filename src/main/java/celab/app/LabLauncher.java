package celab.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/**
 * Starts the app from a class that does not extend Application (JavaFX on the class path needs
 * this). The options are checked first (a mistake: one line on stderr, exit status 2), and the
 * app's saved files start loading on a background thread while JavaFX starts up.
 */
public final class LabLauncher {

    /** Exit status for a wrong command line, as the {@code loss} command uses. */
    public static final int USAGE = 2;

    private static volatile CompletableFuture<StartupFiles> preloaded;

    private LabLauncher() {
    }

    public static void main(String[] args) {
        launch(args);
    }

    public static void launch(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("cross-entropy-lab: " + e.getMessage());
            System.exit(USAGE);
            return;
        }
        preloaded = StartupFiles.readInBackground(options);
        celab.lesson.GuidedPath.readInBackground(); // the guide is closed at first; see GuidedPath
        Application.launch(LabApp.class, args);
    }

    /** The files started by {@link #launch}, or null when the app was started another way. */
    static CompletableFuture<StartupFiles> preloaded() {
        return preloaded;
    }
}
