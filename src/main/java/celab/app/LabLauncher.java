package celab.app;

import javafx.application.Application;

/** Starts the JavaFX lab; kept apart from {@code celab.Main} so the CLI never loads JavaFX. */
public final class LabLauncher {

    private LabLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(LabApp.class, args);
    }
}
