import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: a bare JavaFX window of the lab's size with one label, reporting
 * its first frame exactly as the lab does (celab.app.FirstFrame). bench/startup.sh compiles and
 * runs it on the same class path as the lab.
 */
public final class BareWindow extends Application {

    /** The main class: JavaFX on the class path cannot start from a class that extends Application. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1280, 800));
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.err.println(String.format(Locale.ROOT, "celab: first frame at %d ms", ms));
                }
            }
        }.start();
    }
}
