package celab.app;

import celab.model.Lab;
import celab.plot.Theme;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: one lab, one theme, one window. Options: {@code --presentation}
 * (projector colours, 150% zoom, full screen), {@code --screen=ID} (open a screen),
 * {@code --window=WxH} (window size, e.g. 1920x1080), and a scenario or lesson
 * ({@code *.celab-lesson.json}) file to open. Without a
 * file, the last session is restored (unless turned off in the File menu).
 */
public final class LabApp extends Application {

    @Override
    public void start(Stage stage) {
        LabWindow window = new LabWindow(new Lab(), new Theme());
        double w = 1280;
        double h = 800;
        List<String> args = getParameters().getRaw();
        for (String a : args) {
            if (a.startsWith("--window=")) {
                String[] wh = a.substring("--window=".length()).split("x");
                w = Double.parseDouble(wh[0]);
                h = Double.parseDouble(wh[1]);
            }
        }
        window.files().rememberProgress(celab.io.ProgressStore.standard());
        window.session().autosaveTo(Session.defaultAutosave());
        window.show(stage, w, h);
        String scenario = args.stream().filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        if (scenario != null && scenario.endsWith(celab.io.lesson.LessonFile.EXTENSION)) {
            window.session().restoreLastSession();
            window.lessons().openLessonFile(java.nio.file.Path.of(scenario).toAbsolutePath());
        } else if (scenario != null) {
            window.session().open(java.nio.file.Path.of(scenario).toAbsolutePath());
        } else {
            window.session().restoreLastSession();
        }
        for (String a : args) {
            if (a.startsWith("--screen=") && !window.show(a.substring("--screen=".length()))) {
                window.setStatus("There is no screen called " + a.substring("--screen=".length()) + ".");
            }
        }
        if (args.contains("--presentation")) {
            window.presentation().togglePresentation();
        }
    }
}
