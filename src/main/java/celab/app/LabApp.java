package celab.app;

import celab.io.AppSettings;
import celab.model.Lab;
import celab.plot.Theme;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The JavaFX application: one lab, one theme, one window. Options: {@code --presentation}
 * (projector colours, 150% zoom, full screen), {@code --screen=ID} (open a screen),
 * {@code --window=WxH} (window size, e.g. 1920x1080), {@code --data P.csv T.csv} (open
 * predictions and targets on "Your data"), and a scenario file to open. Without a file, the
 * last session is restored (unless turned off in the File menu). The window opens where it was
 * last, or fitted to the screen it opens on (see {@link WindowPlacement}).
 */
public final class LabApp extends Application {

    @Override
    public void start(Stage stage) {
        LabWindow window = new LabWindow(new Lab(), new Theme());
        AppSettings settings = AppSettings.load();
        List<String> args = getParameters().getRaw();
        Rectangle2D place = WindowPlacement.fit(WindowPlacement.screens(), settings.window(), 1280, 800);
        double w = place.getWidth();
        double h = place.getHeight();
        boolean sized = false;
        for (String a : args) {
            if (a.startsWith("--window=")) {
                String[] wh = a.substring("--window=".length()).split("x");
                w = Double.parseDouble(wh[0]);
                h = Double.parseDouble(wh[1]);
                sized = true;
            }
        }
        window.files().rememberProgress(celab.io.ProgressStore.standard());
        window.session().autosaveTo(Session.defaultAutosave());
        if (!sized) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setMaximized(settings.window() != null && settings.window().maximized());
        }
        if (settings.lastScreen() != null) {
            window.show(settings.lastScreen());
        }
        window.show(stage, w, h);
        WindowPlacement.remember(stage, () -> window.current().id(),
                () -> window.setStatus("Could not remember the window's place."));
        int data = args.indexOf("--data");
        List<String> dataFiles = data < 0 ? List.of() : args.subList(data + 1, Math.min(args.size(), data + 3));
        String scenario = java.util.stream.IntStream.range(0, args.size())
                .filter(i -> !args.get(i).startsWith("--") && (data < 0 || i < data || i > data + 2))
                .mapToObj(args::get).findFirst().orElse(null);
        if (scenario != null) {
            window.session().open(java.nio.file.Path.of(scenario).toAbsolutePath());
        } else {
            window.session().restoreLastSession();
        }
        for (String a : args) {
            if (a.startsWith("--screen=") && !window.show(a.substring("--screen=".length()))) {
                window.setStatus("There is no screen called " + a.substring("--screen=".length()) + ".");
            }
        }
        if (data >= 0) {
            if (dataFiles.size() < 2 || dataFiles.stream().anyMatch(a -> a.startsWith("--"))) {
                window.showError("--data", "needs two files: --data PREDICTIONS.csv TARGETS.csv");
            } else {
                window.openData(java.nio.file.Path.of(dataFiles.get(0)), java.nio.file.Path.of(dataFiles.get(1)), null);
            }
        }
        if (args.contains("--presentation")) {
            window.presentation().togglePresentation();
        }
    }
}
