package celab.app;

import javafx.application.Application;

/** Starts the app from a class that does not extend Application (JavaFX on the class path needs this). */
public final class LabLauncher {

    private LabLauncher() {
    }

    public static void main(String[] args) {
        launch(args);
    }

    public static void launch(String[] args) {
        Application.launch(LabApp.class, args);
    }
}
