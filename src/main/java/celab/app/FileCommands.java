package celab.app;

import celab.io.AppSettings;
import celab.io.ProgressStore;
import celab.io.ScenarioFile;
import celab.model.Lab;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.stage.FileChooser;

/**
 * File commands: open and save scenarios through a file chooser, the "restore last session"
 * setting, and the lesson progress kept between runs. Reading and writing is {@link Session}'s.
 */
public final class FileCommands {
    private final LabWindow window;
    private final BooleanProperty restoreLastSession = new SimpleBooleanProperty(this, "restoreLastSession");

    FileCommands(LabWindow window) {
        this.window = window;
        restoreLastSession.set(AppSettings.load().restoreLastSession());
    }

    /** Whether the next start opens the lab as it was left; {@link #toggleRestoreLastSession()} saves it. */
    public BooleanProperty restoreLastSessionProperty() {
        return restoreLastSession;
    }

    public void toggleRestoreLastSession() {
        restoreLastSession.set(!restoreLastSession.get());
        try {
            AppSettings.load().withRestoreLastSession(restoreLastSession.get()).save();
        } catch (IOException e) {
            window.showError("Could not save the setting", e.getMessage());
        }
    }

    /** Asks for a scenario file and opens it. */
    public void openInteractive() {
        File f = scenarioChooser("Open scenario").showOpenDialog(window.owner());
        if (f != null) {
            window.session().open(f.toPath());
        }
    }

    /** Asks for a file name and saves the scenario. */
    public void saveInteractive() {
        FileChooser chooser = scenarioChooser("Save scenario");
        chooser.setInitialFileName(window.current().id() + ScenarioFile.EXTENSION);
        File f = chooser.showSaveDialog(window.owner());
        if (f != null) {
            Path path = f.getName().endsWith(".json") ? f.toPath() : Path.of(f.getPath() + ScenarioFile.EXTENSION);
            window.session().save(path);
        }
    }

    /** Loads saved lesson progress and saves it again whenever it changes. */
    public void rememberProgress(ProgressStore store) {
        Lab lab = window.lab();
        ProgressStore.Progress p = store.load();
        lab.guide().restore(p.step(), new HashSet<>(p.completed()), p.answers());
        Runnable save = () -> {
            try {
                store.save(new ProgressStore.Progress(ProgressStore.Progress.VERSION,
                        lab.guide().stepProperty().get(), List.copyOf(lab.guide().completed()),
                        Map.copyOf(lab.guide().answers())));
            } catch (IOException e) {
                window.setStatus("Could not save lesson progress: " + e.getMessage());
            }
        };
        lab.guide().stepProperty().addListener((o, was, now) -> save.run());
        lab.guide().completed().addListener((SetChangeListener<String>) c -> save.run());
        lab.guide().answers().addListener((MapChangeListener<String, String>) c -> save.run());
    }

    private static FileChooser scenarioChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Cross-Entropy Lab scenario", "*" + ScenarioFile.EXTENSION),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }
}
