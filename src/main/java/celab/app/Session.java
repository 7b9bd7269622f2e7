package celab.app;

import celab.io.AppDirs;
import celab.io.AppSettings;
import celab.io.ScenarioException;
import celab.io.ScenarioFile;
import celab.model.History;
import celab.model.Lab;
import celab.model.LabState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The lab's values over time: undo and redo, scenario files, the bundled examples and the
 * last session saved after every change. A gesture (mouse or key released) ends a step; each
 * step is also written to the autosave file, so a crash loses at most the change in progress.
 */
public final class Session {

    /**
     * A ready-made scenario shipped with the app.
     *
     * @param title      its name in the menu, with the losses it shows
     * @param plainTitle the same without any loss, for while the losses are hidden (F2)
     */
    public record Example(String file, String title, String plainTitle) {

        /** The title to show now. */
        public String title(boolean lossesHidden) {
            return lossesHidden ? plainTitle : title;
        }
    }

    public static final List<Example> EXAMPLES = List.of(
            new Example("seeds-batch.celab.json", "The seeds' batch: [0.7, 0.5, 0.9] → mean 0.38506",
                    "The seeds' batch: [0.7, 0.5, 0.9] and its mean"),
            new Example("accuracy-a-vs-b.celab.json", "Prediction A vs B: same accuracy, losses 0.511 and 1.022",
                    "Prediction A vs B: same accuracy, different losses"),
            new Example("clipping-extremes.celab.json", "Clipping extremes: p = 0 and clipping off",
                    "Clipping extremes: p = 0 and clipping off"),
            new Example("ten-classes.celab.json", "Ten classes: a hesitant prediction",
                    "Ten classes: a hesitant prediction"),
            new Example("pytorch-logits.celab.json", "The PyTorch post's logits: mean 1.4411566",
                    "The PyTorch post's logits and their mean"));

    private final LabWindow window;
    private final Lab lab;
    private final History history;
    private Path autosave;
    private boolean restoring;

    Session(LabWindow window) {
        this.window = window;
        this.lab = window.lab();
        this.history = new History(lab::snapshot, this::restoreQuietly);
    }

    public History history() {
        return history;
    }

    /** Ends a step when a gesture ends: after the release has been handled. */
    void watch(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::checkpoint));
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> Platform.runLater(this::checkpoint));
    }

    /** Records a step if values changed, and saves it to the autosave file. */
    public void checkpoint() {
        if (!restoring && history.checkpoint()) {
            autosave();
        }
    }

    public void undo() {
        window.setStatus(history.undo() ? "Undone." : "Nothing to undo.");
        autosave();
    }

    public void redo() {
        window.setStatus(history.redo() ? "Redone." : "Nothing to redo.");
        autosave();
    }

    /**
     * Opens a scenario file. The state is checked on a scratch lab first, so a bad file leaves
     * the current values untouched; the message says what is wrong.
     *
     * @return null on success, else the message shown
     */
    public String open(Path file) {
        try {
            apply(ScenarioFile.read(file, LabState.class), file.getFileName().toString());
            return null;
        } catch (ScenarioException e) {
            window.showError("Could not open the scenario", e.getMessage());
            return e.getMessage();
        }
    }

    /** Opens one of the bundled examples. */
    public String openExample(Example example) {
        try (InputStream in = Session.class.getResourceAsStream("/celab/scenarios/" + example.file())) {
            if (in == null) {
                throw new ScenarioException(example.file() + ": missing from the app");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            apply(ScenarioFile.parse(example.file(), text, LabState.class),
                    example.title(lab.numbersHiddenProperty().get()));
            return null;
        } catch (ScenarioException | IOException e) {
            window.showError("Could not open the example", e.getMessage());
            return e.getMessage();
        }
    }

    /** Saves every value and the current screen as a scenario file (atomically). */
    public boolean save(Path file) {
        try {
            checkpoint();
            ScenarioFile.write(file, window.current().id(), lab.snapshot());
            window.setStatus("Saved " + file.getFileName() + ".");
            return true;
        } catch (IOException e) {
            window.showError("Could not save the scenario", file + ": " + e.getMessage());
            return false;
        }
    }

    /** Where the last session is kept; null turns autosave off (tests). */
    public void autosaveTo(Path file) {
        this.autosave = file;
    }

    /** The default autosave file. */
    public static Path defaultAutosave() {
        return AppDirs.home().resolve("last-session" + ScenarioFile.EXTENSION);
    }

    /** Restores the last session if the settings allow; a damaged file is reported and skipped. */
    public void restoreLastSession() {
        if (autosave == null || !AppSettings.load().restoreLastSession() || !autosave.toFile().isFile()) {
            return;
        }
        try {
            apply(ScenarioFile.read(autosave, LabState.class), "your last session");
        } catch (ScenarioException e) {
            window.setStatus("The last session could not be restored (" + e.getMessage() + "); starting fresh.");
        }
    }

    /** Writes the autosave file now (also on exit). */
    public void autosave() {
        if (autosave == null) {
            return;
        }
        try {
            ScenarioFile.write(autosave, window.current().id(), lab.snapshot());
        } catch (IOException e) {
            window.setStatus("Could not save the session: " + e.getMessage());
        }
    }

    private void apply(ScenarioFile.Scenario<LabState> scenario, String what) throws ScenarioException {
        LabState state = scenario.state().withDefaults(new Lab().snapshot());
        try {
            new Lab().restore(state); // a dry run: throws before the real lab is touched
        } catch (RuntimeException e) {
            throw new ScenarioException(what + ": " + e.getMessage());
        }
        restoreQuietly(state);
        history.clear();
        if (!scenario.screen().isEmpty()) {
            window.show(scenario.screen());
        }
        window.setStatus("Opened " + what + ".");
        autosave();
    }

    private void restoreQuietly(LabState state) {
        restoring = true;
        try {
            lab.restore(state);
        } finally {
            restoring = false;
        }
    }
}
