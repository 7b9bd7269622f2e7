package celab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Placeholder window until the lab is built: the real title and size, one line of text. */
public final class LabApp extends Application {

    @Override
    public void start(Stage stage) {
        Label label = new Label("Cross-Entropy Lab: the lessons are on their way.");
        label.setId("placeholder");
        stage.setTitle("Cross-Entropy Lab");
        stage.setScene(new Scene(new StackPane(label), 1280, 800));
        stage.show();
    }
}
