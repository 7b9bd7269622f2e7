package celab.app;

import java.util.List;
import javafx.application.Application;

/**
 * Starts the app from a class that does not extend Application (JavaFX on the class path needs
 * this). The options are checked first (a mistake: one line on stderr, exit status 2).
 */
public final class LabLauncher {

    /** Exit status for a wrong command line, as the {@code loss} command uses. */
    public static final int USAGE = 2;

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
        Application.launch(LabApp.class, args);
    }
}
