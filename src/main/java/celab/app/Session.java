package celab.app;

import celab.core.SafeText;
import celab.io.AppDirs;
import celab.io.AppSettings;
import celab.io.DamagedFile;
import celab.io.ScenarioException;
import celab.io.ScenarioFile;
import celab.model.History;
import celab.model.Lab;
import celab.model.LabState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

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
    /** Reads scenario files off the UI thread; a daemon, so it never keeps the app alive. */
    private static final Executor READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scenario-reader");
        t.setDaemon(true);
        return t;
    });

    private Path autosave;
    private boolean restoring;
    private boolean autosaveHeld;
    private String title = "";
    private final CompletableFuture<Void> restored = new CompletableFuture<>();

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
     * the current values untouched; the message says what is wrong. Reads on the calling thread:
     * the file's type and size are checked first, so it cannot block, but the app's own commands
     * use {@link #openInBackground}.
     *
     * @return null on success, else the message shown
     */
    public String open(Path file) {
        try {
            return opened(ScenarioFile.read(file, LabState.class), file);
        } catch (ScenarioException e) {
            return failed(e);
        }
    }

    /**
     * Opens a scenario file, reading and checking it on a background thread and applying it on
     * the UI thread, which never waits for the disk (a slow network folder, a huge file).
     *
     * @return completes on the UI thread with null on success, else the message shown
     */
    public CompletableFuture<String> openInBackground(Path file) {
        window.setStatus("Opening " + SafeText.of(file.toString()) + " …");
        CompletableFuture<String> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return ScenarioFile.read(file, LabState.class);
            } catch (ScenarioException e) {
                throw new CompletionException(e);
            }
        }, READER).whenComplete((scenario, error) -> Platform.runLater(() -> {
            try {
                if (error != null) {
                    done.complete(failed(error.getCause() instanceof ScenarioException e ? e
                            : new ScenarioException(SafeText.of(file.getFileName().toString()) + ": cannot be read")));
                } else {
                    done.complete(opened(scenario, file));
                }
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }));
        return done;
    }

    private String opened(ScenarioFile.Scenario<LabState> scenario, Path file) {
        try {
            apply(scenario, SafeText.of(file.getFileName().toString()), titleOf(file));
            window.setStatus("Opened " + SafeText.of(file.toAbsolutePath().toString()) + ".");
            return null;
        } catch (ScenarioException e) {
            return failed(e);
        }
    }

    private String failed(ScenarioException e) {
        window.showError("Could not open the scenario", e.getMessage());
        return e.getMessage();
    }

    /** Opens one of the bundled examples. */
    public String openExample(Example example) {
        try (InputStream in = Session.class.getResourceAsStream("/celab/scenarios/" + example.file())) {
            if (in == null) {
                throw new ScenarioException(example.file() + ": missing from the app");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            apply(ScenarioFile.parse(example.file(), text, LabState.class),
                    example.title(lab.numbersHiddenProperty().get()),
                    example.file().replace(ScenarioFile.EXTENSION, ""));
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
            setTitle(titleOf(file));
            autosave();
            window.setStatus("Saved " + SafeText.of(file.toAbsolutePath().toString()) + ".");
            return true;
        } catch (IOException e) {
            window.showError("Could not save the scenario", SafeText.of(file.toString()) + ": " + SafeText.of(e.getMessage()));
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

    /** The last session as read from disk: a scenario, a damaged file set aside, or neither. */
    public record LastSession(ScenarioFile.Scenario<LabState> scenario, DamagedFile damaged) {
        static final LastSession NONE = new LastSession(null, null);
    }

    /**
     * Reads the last session (any thread: start-up does it in the background). A file that
     * cannot be read is kept as {@code last-session.celab.json.bad-<time>}, not overwritten by
     * the next autosave.
     */
    public static LastSession readLastSession(Path autosave) {
        if (autosave == null || !Files.exists(autosave, LinkOption.NOFOLLOW_LINKS)) {
            return LastSession.NONE;
        }
        try {
            return new LastSession(ScenarioFile.read(autosave, LabState.class), null);
        } catch (ScenarioException e) {
            return new LastSession(null, DamagedFile.keep(autosave, withoutFileName(e.getMessage())));
        }
    }

    /**
     * Puts the last session back (UI thread).
     *
     * @return the damaged file that was set aside, or null
     */
    public DamagedFile restore(LastSession last) {
        autosaveHeld = false;
        restored.complete(null);
        if (last.scenario() == null) {
            return last.damaged();
        }
        try {
            apply(last.scenario(), "your last session", last.scenario().title());
            return null;
        } catch (ScenarioException e) {
            // read fine, but its values do not fit the lab: set it aside too
            return autosave == null ? null : DamagedFile.keep(autosave, withoutFileName(e.getMessage()));
        }
    }

    /** Completes when start-up has restored the last session (or found none to restore). */
    public CompletableFuture<Void> restored() {
        return restored;
    }

    /** Restores the last session now if the settings allow (reads on this thread). */
    public DamagedFile restoreLastSession() {
        if (autosave == null || !AppSettings.load().restoreLastSession()) {
            return null;
        }
        return restore(readLastSession(autosave));
    }

    /**
     * Until the last session has been restored, nothing is written to the autosave file: a change
     * made in the first moments must not overwrite the session that is still being read.
     */
    public void holdAutosaveUntilRestored() {
        autosaveHeld = true;
    }

    /** Writes the autosave file now (also on exit). */
    public void autosave() {
        if (autosave == null || autosaveHeld) {
            return;
        }
        try {
            ScenarioFile.write(autosave, window.current().id(), title, lab.snapshot());
        } catch (IOException e) {
            window.setStatus("Could not save the session: " + SafeText.of(e.getMessage()));
        }
    }

    /** The open scenario's name ("" if none), which the window title shows. */
    public String title() {
        return title;
    }

    /**
     * The scenario's full state (parts it leaves out take the defaults), checked by restoring it
     * into a scratch lab: the real lab is only touched once this has passed.
     *
     * @throws ScenarioException saying what does not fit, in the lab's words, never Java's
     */
    static LabState checked(ScenarioFile.Scenario<LabState> scenario, String what) throws ScenarioException {
        LabState state = scenario.state().withDefaults(Defaults.STATE);
        // a model recomputes in property listeners, and JavaFX hands a listener's exception to
        // the thread's handler instead of throwing it: catch those too, so nothing is accepted
        // that a screen cannot compute
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
        java.util.List<Throwable> inListeners = new java.util.ArrayList<>();
        thread.setUncaughtExceptionHandler((t, e) -> inListeners.add(e));
        try {
            new Lab().restore(state);
            if (!inListeners.isEmpty()) {
                Throwable e = inListeners.get(0);
                throw e instanceof IllegalArgumentException iae ? iae : new IllegalStateException(e);
            }
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(what + ": " + SafeText.of(e.getMessage()));
        } catch (RuntimeException e) {
            throw new ScenarioException(what + ": a value in \"state\" is missing or does not fit the lab");
        } finally {
            thread.setUncaughtExceptionHandler(before);
        }
        return state;
    }

    /** A fresh lab's values, made once (a Lab is not free: the training screen's network and grid). */
    private static final class Defaults {
        static final LabState STATE = new Lab().snapshot();
    }

    private void apply(ScenarioFile.Scenario<LabState> scenario, String what, String newTitle) throws ScenarioException {
        LabState state = checked(scenario, what);
        restoreQuietly(state);
        history.clear();
        if (!scenario.screen().isEmpty()) {
            window.show(scenario.screen());
        }
        window.hideError();
        setTitle(newTitle);
        window.setStatus("Opened " + what + ".");
        autosave();
    }

    /** "batch-demo" for batch-demo.celab.json. */
    private static String titleOf(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(ScenarioFile.EXTENSION) ? name.substring(0, name.length() - ScenarioFile.EXTENSION.length())
                : name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return SafeText.of(base);
    }

    /** Shows the scenario's name in the window title: "batch-demo — Cross-Entropy Lab". */
    private void setTitle(String name) {
        title = name == null ? "" : name;
        Scene scene = window.root().getScene();
        if (scene != null && scene.getWindow() instanceof Stage stage) {
            stage.setTitle(title.isEmpty() ? LabWindow.TITLE : title + " — " + LabWindow.TITLE);
        }
    }

    /** "the JSON is cut off" from "last-session.celab.json:3:4: the JSON is cut off". */
    private static String withoutFileName(String message) {
        int cut = message.indexOf(": ");
        return cut > 0 ? message.substring(cut + 2) : message;
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
