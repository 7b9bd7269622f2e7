package celab.app;

import celab.model.Lab;
import celab.plot.Theme;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one lab, one theme, one window. */
public final class LabApp extends Application {

    @Override
    public void start(Stage stage) {
        LabWindow window = new LabWindow(new Lab(), new Theme());
        window.show(stage);
    }
}
