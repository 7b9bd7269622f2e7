package celab.app;

import celab.io.AppSettings;
import celab.io.DamagedFile;
import celab.lesson.GuidedPath;
import celab.model.Lab;
import celab.plot.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The JavaFX application: one lab, one theme, one window. Options (see {@link LaunchOptions}):
 * {@code --presentation} (projector colours, 150% zoom, full screen), {@code --screen=ID} (open a
 * screen), {@code --window=WxH} (window size, e.g. 1920x1080), {@code --data P.csv T.csv} (open
 * predictions and targets on "Your data"), and a scenario file or a lesson
 * ({@code *.celab-lesson.json}) to open.
 * Without a file, the last session is restored (unless turned off in the File menu). The window
 * opens where it was last, or fitted to the screen it opens on (see {@link WindowPlacement}).
 *
 * <p>The window is shown first, with only its first screen built (the screen it was left on,
 * from the small settings file); the saved files (lesson progress, the last session) are read on
 * a background thread once the first frame is drawn and applied when they are there, so the
 * first frame waits neither for the disk nor for JSON data binding, nor shares the CPU with them.
 * The guided path's steps are read after the first frame too.
 */
public final class LabApp extends Application {

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("cross-entropy-lab: " + e.getMessage());
            Platform.exit();
            return;
        }
        // read once the first frame is drawn: reading (JSON data binding, about 300 ms of CPU)
        // while the window is being built would share the two cores with it
        open(stage, options, FirstFrame.drawn().thenCompose(drawn -> StartupFiles.readInBackground(options)));
    }

    /**
     * Builds and shows the window, then applies the saved files when they have been read.
     *
     * @return the window
     */
    static LabWindow open(Stage stage, LaunchOptions options, CompletableFuture<StartupFiles> files) {
        LabWindow window = new LabWindow(new Lab(), new Theme());
        AppSettings settings = AppSettings.load(); // small, streaming parser: the window's place is needed now
        Rectangle2D place = WindowPlacement.fit(WindowPlacement.screens(), settings.window(),
                LaunchOptions.DEFAULT_WIDTH, LaunchOptions.DEFAULT_HEIGHT);
        Session session = window.session();
        session.autosaveTo(Session.defaultAutosave());
        session.holdAutosaveUntilRestored();
        if (!options.sized()) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setMaximized(settings.window() != null && settings.window().maximized());
        }
        if (settings.lastScreen() != null) {
            window.show(settings.lastScreen());
        }
        window.show(stage, options.sized() ? options.width() : place.getWidth(),
                options.sized() ? options.height() : place.getHeight());
        WindowPlacement.remember(stage, () -> window.current().id(),
                () -> window.setStatus("Could not remember the window's place."));
        showScreen(window, options);
        if (options.dataPredictions() != null) {
            window.data().openData(options.dataPredictions(), options.dataTargets(), null);
        }
        if (options.presentation()) {
            window.presentation().togglePresentation();
        }
        FirstFrame.reportWhenDrawn();
        FirstFrame.drawn().thenRun(GuidedPath::readInBackground); // the guide is closed at first: its steps can wait
        ImageArchive.prepareLater(); // the app image's start-up archive, made once in the background
        files.whenComplete((read, error) -> Platform.runLater(() -> {
            if (error != null) {
                session.restore(Session.LastSession.NONE);
                window.showError("Could not read the saved files", "starting fresh");
            } else {
                applySavedFiles(window, options, read);
            }
            FirstFrame.markRestored();
        }));
        return window;
    }

    private static void applySavedFiles(LabWindow window, LaunchOptions options, StartupFiles read) {
        Session session = window.session();
        window.files().rememberProgress(read.progress());
        List<DamagedFile> damaged = new ArrayList<>(read.damaged());
        DamagedFile unfit = session.restore(read.lastSession());
        if (unfit != null && unfit != read.lastSession().damaged()) {
            damaged.add(unfit);
        }
        if (options.lesson()) {
            window.lessons().openLessonFile(options.scenario());
        } else if (options.scenario() != null) {
            session.openInBackground(options.scenario()).thenRun(() -> showScreen(window, options));
        } else if (read.lastSession().scenario() != null) {
            showScreen(window, options); // --screen wins over the screen the session was left on
        }
        String notice = StartupFiles.notice(damaged);
        if (notice != null) {
            window.showError(damaged.size() == 1 ? "A saved file was damaged" : "Some saved files were damaged", notice);
        }
    }

    private static void showScreen(LabWindow window, LaunchOptions options) {
        if (options.screen() != null && !window.show(options.screen())) {
            window.setStatus("There is no screen called " + celab.core.SafeText.of(options.screen()) + ".");
        }
    }
}
