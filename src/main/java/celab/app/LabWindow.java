package celab.app;

import celab.io.ProgressStore;
import celab.lesson.GuidedPath;
import celab.screen.Screen;
import celab.screen.ScreenCatalog;
import celab.screen.ScreenContext;
import celab.model.Lab;
import celab.plot.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The app shell: menus, navigation between screens, a header with the screen's title and the
 * presentation controls, the current screen, and a status line. It owns the window-level
 * commands (zoom, projector colours, full screen, hide losses, export, shortcuts sheet).
 */
public final class LabWindow {
    public static final String TITLE = "Cross-Entropy Lab";
    private static final double BASE_FONT = 14;
    private static final double ZOOM_STEP = 0.25;
    private static final double MIN_SCREEN_WIDTH = 940;
    private static final double MIN_SCREEN_HEIGHT = 580;

    private final Lab lab;
    private final Theme theme;
    private final List<Screen> lessons = ScreenCatalog.all();
    private final Map<Screen, Node> views = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final StackPane layers = new StackPane();
    private final StackPane content = new StackPane();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ToggleGroup nav = new ToggleGroup();
    private final ScreenContext context;
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private Screen current;
    private Stage stage;
    private ShortcutSheet sheet;
    private final GuidePanel guide;
    private final Session session;
    private final Label errorText = new Label();
    private final HBox errorBanner;

    public LabWindow(Lab lab, Theme theme) {
        this.lab = lab;
        this.theme = theme;
        this.context = new ScreenContext(lab, theme, this::setStatus);
        root.getStyleClass().add("lab-root");
        root.setLeft(buildNavigation());
        content.getStyleClass().add("content");
        errorText.setId("error-text");
        errorText.setWrapText(true);
        errorText.getStyleClass().add("error-text");
        Button dismiss = new Button("Dismiss");
        dismiss.setId("error-dismiss");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        errorBanner = new HBox(12, new Label("⚠"), errorText, gap, dismiss);
        errorBanner.setId("error-banner");
        errorBanner.getStyleClass().add("error-banner");
        errorBanner.setAlignment(Pos.CENTER_LEFT);
        dismiss.setOnAction(e -> hideError());
        hideError();
        VBox main = new VBox(buildHeader(), errorBanner, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(main);
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        layers.getChildren().add(root);
        session = new Session(this);
        defineShortcuts();
        root.setTop(new LabMenus(this).build());
        guide = new GuidePanel(this, GuidedPath.steps());
        Node navigation = root.getLeft();
        lab.guide().openProperty().addListener((o, was, now) -> {
            // the guide chooses the screens while it is open, so it takes the navigation's room
            root.setRight(now ? guide : null);
            root.setLeft(now ? null : navigation);
            if (now) {
                guide.enter();
            }
        });
        theme.zoomProperty().addListener((o, was, now) -> applyZoom());
        theme.projectorProperty().addListener((o, was, now) -> {
            layers.getStyleClass().remove("projector");
            if (now) {
                layers.getStyleClass().add("projector");
            }
        });
        applyZoom();
        dataScreen().setHost(new DataHost());
        show(lessons.get(0));
    }

    /** Puts the shell into a stage sized for a 1280×800 screen and shows it. */
    public void show(Stage stage) {
        show(stage, 1280, 800);
    }

    /** Puts the shell into a stage of the given size and shows it. */
    public void show(Stage stage, double width, double height) {
        this.stage = stage;
        Scene scene = createScene(width, height);
        stage.setTitle(TITLE);
        stage.getIcons().add(new javafx.scene.image.Image(Objects.requireNonNull(
                LabWindow.class.getResourceAsStream("icon.png"), "icon.png missing")));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> session.autosave());
        stage.setMinWidth(1000);
        stage.setMinHeight(680);
        stage.setFullScreenExitHint("F11 or Esc leaves full screen");
        stage.show();
    }

    /** The scene with the theme's CSS and every shortcut. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(layers, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                LabWindow.class.getResource("lab.css"), "lab.css missing").toExternalForm());
        session.watch(scene);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                openDropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), session::redo);
        // other spellings of Ctrl+plus / Ctrl+minus (keypad, shifted "=")
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Add"), this::zoomIn);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Plus"), this::zoomIn);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Shift+Equals"), this::zoomIn);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Subtract"), this::zoomOut);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (sheet != null && (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1)) {
                closeShortcuts();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_DOWN && !e.isControlDown()) {
                // a presentation clicker sends Page Down / Page Up: they must work wherever focus is
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP && !e.isControlDown()) {
                previous();
                e.consume();
            }
        });
        return scene;
    }

    // Properties

    public Parent root() {
        return layers;
    }

    public Lab lab() {
        return lab;
    }

    public Theme theme() {
        return theme;
    }

    public Screen current() {
        return current;
    }

    public List<Screen> lessons() {
        return lessons;
    }

    public List<Shortcut> shortcuts() {
        return List.copyOf(shortcuts);
    }

    public ScreenContext context() {
        return context;
    }

    /** Undo/redo, scenario files and autosave. */
    public Session session() {
        return session;
    }

    // Commands

    /** Switches to a screen, building its view on first visit. */
    public void show(Screen lesson) {
        current = lesson;
        Node view = views.computeIfAbsent(lesson, l -> wrap(l.createView(context)));
        content.getChildren().setAll(view);
        title.setText(lesson.title());
        summary.setText(lesson.summary());
        nav.getToggles().stream()
                .filter(t -> t.getUserData() == lesson)
                .findFirst().ifPresent(t -> t.setSelected(true));
        setStatus(lesson.title() + " — " + lesson.summary());
    }

    /** Shows the screen with the given id; false if there is none. */
    public boolean show(String lessonId) {
        for (Screen l : lessons) {
            if (l.id().equals(lessonId)) {
                show(l);
                return true;
            }
        }
        return false;
    }

    /** Next lesson step when the guide is open, else the next screen (Page Down, a clicker's "next"). */
    public void next() {
        if (lab.guide().openProperty().get()) {
            guide.go(lab.guide().stepProperty().get() + 1);
        } else {
            show(lessons.get(Math.min(lessons.size() - 1, lessons.indexOf(current) + 1)));
        }
    }

    /** Previous lesson step or screen (Page Up). */
    public void previous() {
        if (lab.guide().openProperty().get()) {
            guide.go(lab.guide().stepProperty().get() - 1);
        } else {
            show(lessons.get(Math.max(0, lessons.indexOf(current) - 1)));
        }
    }

    /** Opens or closes the guided lesson beside the screen. */
    public void toggleGuide() {
        lab.guide().openProperty().set(!lab.guide().openProperty().get());
    }

    /** Loads saved lesson progress and saves it again whenever it changes. */
    public void rememberProgress(ProgressStore store) {
        ProgressStore.Progress p = store.load();
        lab.guide().restore(p.step(), new java.util.HashSet<>(p.completed()), p.answers());
        Runnable save = () -> {
            try {
                store.save(new ProgressStore.Progress(ProgressStore.Progress.VERSION,
                        lab.guide().stepProperty().get(), List.copyOf(lab.guide().completed()),
                        Map.copyOf(lab.guide().answers())));
            } catch (IOException e) {
                setStatus("Could not save lesson progress: " + e.getMessage());
            }
        };
        lab.guide().stepProperty().addListener((o, was, now) -> save.run());
        lab.guide().completed().addListener((javafx.collections.SetChangeListener<String>) c -> save.run());
        lab.guide().answers().addListener((javafx.collections.MapChangeListener<String, String>) c -> save.run());
    }

    /** "Reset all": puts the current screen back to how it first opened. */
    public void resetCurrent() {
        current.reset(context);
        setStatus("Reset " + current.title() + " to its starting values.");
    }

    public void setStatus(String message) {
        status.setText(message);
    }

    /** Shows a problem in a banner above the screen (and the status line); nothing else changes. */
    public void showError(String title, String message) {
        errorText.setText(title + ": " + message);
        errorBanner.setVisible(true);
        errorBanner.setManaged(true);
        setStatus(title + ".");
    }

    public void hideError() {
        errorBanner.setVisible(false);
        errorBanner.setManaged(false);
    }

    /** The banner's text, for tests. */
    public String errorMessage() {
        return errorBanner.isVisible() ? errorText.getText() : null;
    }

    /** Writes the batch screen's table (rows, targets, picked probabilities, losses, mean) as CSV. */
    public void exportBatchCsv(Path file) throws IOException {
        celab.model.BatchModel batch = lab.batch();
        int n = batch.rowCount();
        double[][] rows = new double[n][];
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = batch.row(i).toArray();
            targets[i] = batch.target(i);
        }
        celab.core.LossResult r = batch.getResult();
        celab.io.BatchCsv.write(file, lab.classNames().subList(0, batch.classCount()), rows, targets,
                r.perSample(), r.mean());
        setStatus("Saved the batch table as " + file.getFileName() + ".");
    }

    /** Asks for a file name and exports the batch table. */
    public void exportBatchCsvInteractive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export batch table as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("batch.csv");
        java.io.File f = chooser.showSaveDialog(layers.getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            exportBatchCsv(f.toPath());
        } catch (IOException e) {
            showError("Could not export the batch table", f + ": " + e.getMessage());
        }
    }

    /** Asks for a scenario file and opens it. */
    public void openInteractive() {
        FileChooser chooser = scenarioChooser("Open scenario");
        java.io.File f = chooser.showOpenDialog(layers.getScene().getWindow());
        if (f != null) {
            session.open(f.toPath());
        }
    }

    /** Asks for a file name and saves the scenario. */
    public void saveInteractive() {
        FileChooser chooser = scenarioChooser("Save scenario");
        chooser.setInitialFileName(current.id() + celab.io.ScenarioFile.EXTENSION);
        java.io.File f = chooser.showSaveDialog(layers.getScene().getWindow());
        if (f != null) {
            String name = f.getName();
            Path path = name.endsWith(".json") ? f.toPath() : Path.of(f.getPath() + celab.io.ScenarioFile.EXTENSION);
            session.save(path);
        }
    }

    private static FileChooser scenarioChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Cross-Entropy Lab scenario", "*" + celab.io.ScenarioFile.EXTENSION),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }

    // Your data

    /** The "Your data" screen. */
    public celab.screen.YourDataScreen dataScreen() {
        return lessons.stream().filter(celab.screen.YourDataScreen.class::isInstance)
                .map(celab.screen.YourDataScreen.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the catalog has no Your data screen"));
    }

    /**
     * Opens predictions and targets on the "Your data" screen, reading them in the background.
     *
     * @param kind null to tell probabilities from logits by the values
     */
    public celab.screen.DataLoadTask openData(Path predictions, Path targets, celab.core.ScoreKind kind) {
        show(celab.screen.YourDataScreen.ID);
        lastDataFolder = predictions.toAbsolutePath().getParent();
        return dataScreen().open(celab.screen.DataSource.file(predictions), celab.screen.DataSource.file(targets), kind);
    }

    /** File ▸ Open data…: a dialog for the two files. */
    public void openDataInteractive() {
        new celab.view.OpenDataDialog(layers.getScene().getWindow(), lastDataFolder).ask()
                .ifPresent(c -> openData(c.predictions(), c.targets(), c.kind()));
    }

    /** Opens a ready data example on the "Your data" screen. */
    public void openDataExample(celab.screen.YourDataScreen.Example example) {
        show(celab.screen.YourDataScreen.ID);
        dataScreen().open(example);
    }

    /**
     * Files dropped on the window: two files are predictions and targets (the targets are the
     * one named like "target" or "label", else the one with fewer values per line); one
     * scenario file is opened as a scenario.
     */
    public void openDropped(List<java.io.File> files) {
        if (files.size() == 1 && files.get(0).getName().endsWith(".json")) {
            session.open(files.get(0).toPath());
            return;
        }
        if (files.size() != 2) {
            showError("Drop two files", "drop the predictions and the targets together (" + files.size()
                    + (files.size() == 1 ? " file was" : " files were") + " dropped)");
            return;
        }
        Path a = files.get(0).toPath();
        Path b = files.get(1).toPath();
        boolean bIsTargets = looksLikeTargets(b, a);
        openData(bIsTargets ? a : b, bIsTargets ? b : a, null);
    }

    private static boolean looksLikeTargets(Path candidate, Path other) {
        String n = candidate.getFileName().toString().toLowerCase(Locale.ROOT);
        String o = other.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean nNamed = n.contains("target") || n.contains("label");
        boolean oNamed = o.contains("target") || o.contains("label");
        if (nNamed != oNamed) {
            return nNamed;
        }
        return firstLineWidth(candidate) < firstLineWidth(other);
    }

    private static int firstLineWidth(Path file) {
        try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    return line.split(",", -1).length;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Integer.MAX_VALUE; // unreadable: the loader will say why
        }
        return Integer.MAX_VALUE;
    }

    /** Writes the training screen's network outputs (probabilities) and the spiral's classes as CSV. */
    public void exportTrainingPredictions(Path predictions, Path targets) throws IOException {
        celab.model.SpiralModel.Outputs out = lab.spiral().outputs();
        celab.io.PredictionCsv.write(predictions, targets, out.probabilities(), out.targets());
        setStatus("Saved the network's outputs on " + out.targets().length + " points as "
                + predictions.getFileName() + " and " + targets.getFileName() + "; open them on Your data.");
    }

    /** Asks for a file name and exports the training predictions (targets beside it). */
    public void exportTrainingPredictionsInteractive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the network's predictions as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("spiral-predictions.csv");
        java.io.File f = chooser.showSaveDialog(layers.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path p = f.getName().endsWith(".csv") ? f.toPath() : Path.of(f.getPath() + ".csv");
        String name = p.getFileName().toString();
        String base = name.substring(0, name.length() - 4).replace("predictions", "").replaceAll("[-_ ]+$", "");
        Path t = p.resolveSibling((base.isEmpty() ? "" : base + "-") + "targets.csv");
        try {
            exportTrainingPredictions(p, t);
        } catch (IOException e) {
            showError("Could not export the predictions", p + ": " + e.getMessage());
        }
    }

    private Path lastDataFolder;

    /** How the "Your data" screen reaches the window. */
    private final class DataHost implements celab.screen.YourDataScreen.Host {
        @Override
        public void problem(String message) {
            showError("Could not open the data", message);
        }

        @Override
        public void clearProblem() {
            hideError();
        }

        @Override
        public void show(String screenId) {
            LabWindow.this.show(screenId);
        }

        @Override
        public void openDataDialog() {
            openDataInteractive();
        }
    }

    /** Predict-then-reveal: hides or shows every loss number. */
    public void toggleNumbersHidden() {
        boolean hide = !lab.numbersHiddenProperty().get();
        lab.numbersHiddenProperty().set(hide);
        setStatus(hide ? "Losses hidden: make your guess, then press F2 to reveal."
                       : "Losses revealed.");
    }

    public void zoomIn() {
        theme.zoomProperty().set(Math.min(Theme.MAX_ZOOM, theme.getZoom() + ZOOM_STEP));
    }

    public void zoomOut() {
        theme.zoomProperty().set(Math.max(Theme.MIN_ZOOM, theme.getZoom() - ZOOM_STEP));
    }

    public void zoomReset() {
        theme.zoomProperty().set(1.0);
    }

    public void toggleProjector() {
        theme.projectorProperty().set(!theme.projectorProperty().get());
        setStatus(theme.projectorProperty().get() ? "Projector colours: white, high contrast, thick lines."
                                                  : "Standard colours.");
    }

    public void toggleFullScreen() {
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** Presentation mode: full screen, projector colours and 150% zoom together, or back. */
    public void togglePresentation() {
        boolean on = !theme.projectorProperty().get();
        theme.projectorProperty().set(on);
        theme.zoomProperty().set(on ? 1.5 : 1.0);
        if (stage != null) {
            stage.setFullScreen(on);
        }
        setStatus(on ? "Presentation mode: projector colours, 150% zoom. F5 again to leave."
                     : "Presentation mode off.");
    }

    public void showShortcuts() {
        if (sheet != null) {
            closeShortcuts();
            return;
        }
        sheet = new ShortcutSheet(shortcuts, this::closeShortcuts);
        layers.getChildren().add(sheet);
        sheet.requestFocus();
    }

    public void closeShortcuts() {
        if (sheet != null) {
            layers.getChildren().remove(sheet);
            sheet = null;
        }
    }

    /** Writes the current screen as PNG at scale 1 or 2; returns the image written. */
    public WritableImage exportPng(Path file, double scale) throws IOException {
        WritableImage img = PngExport.snapshot(content, scale);
        PngExport.write(img, file);
        setStatus(String.format(Locale.ROOT, "Saved %s (%d × %d px).", file.getFileName(),
                (int) img.getWidth(), (int) img.getHeight()));
        return img;
    }

    /** Asks for a file name and exports the current screen. */
    public void exportPngInteractive(double scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export screen as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(current.id() + (scale > 1 ? "@2x" : "") + ".png");
        java.io.File f = chooser.showSaveDialog(layers.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path path = f.toPath().toString().endsWith(".png") ? f.toPath() : Path.of(f.getPath() + ".png");
        try {
            exportPng(path, scale);
        } catch (IOException e) {
            setStatus("Could not export to " + path + ": " + e.getMessage());
        }
    }

    // Building

    private void defineShortcuts() {
        for (int i = 0; i < lessons.size() && i < 9; i++) {
            shortcuts.add(new Shortcut("Screens", new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), lessons.get(i).title()));
        }
        shortcuts.add(new Shortcut("Screens", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "Guided lessons on / off"));
        shortcuts.add(new Shortcut("Screens", new KeyCodeCombination(KeyCode.PAGE_DOWN), "Next screen or lesson step"));
        shortcuts.add(new Shortcut("Screens", new KeyCodeCombination(KeyCode.PAGE_UP), "Previous screen or lesson step"));
        shortcuts.add(new Shortcut("Classroom", new KeyCodeCombination(KeyCode.F2), "Hide / reveal every loss (predict, then reveal)"));
        shortcuts.add(new Shortcut("Classroom", new KeyCodeCombination(KeyCode.F5), "Presentation mode on / off"));
        shortcuts.add(new Shortcut("Classroom", new KeyCodeCombination(KeyCode.F11), "Full screen"));
        shortcuts.add(new Shortcut("Classroom", new KeyCodeCombination(KeyCode.F10), "Projector colours"));
        shortcuts.add(new Shortcut("Classroom", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), "Zoom in (up to 250%)"));
        shortcuts.add(new Shortcut("Classroom", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), "Zoom out (down to 100%)"));
        shortcuts.add(new Shortcut("Classroom", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), "Zoom 100%"));
        shortcuts.add(new Shortcut("Screen", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), "Reset all (this screen)"));
        shortcuts.add(new Shortcut("Screen", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), "Undo the last change"));
        shortcuts.add(new Shortcut("Screen", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "Redo"));
        shortcuts.add(new Shortcut("Files", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), "Open a scenario"));
        shortcuts.add(new Shortcut("Files", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), "Save the scenario"));
        shortcuts.add(new Shortcut("Files", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), "Export screen as PNG"));
        shortcuts.add(new Shortcut("Files", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "Export screen as PNG at 2×"));
        shortcuts.add(new Shortcut("Help", new KeyCodeCombination(KeyCode.F1), "This sheet"));
        shortcuts.add(new Shortcut("Controls", KeyCombination.valueOf("1"), "Pick the true class 1–9 (on screens with a target)"));
        shortcuts.add(new Shortcut("Controls", KeyCombination.valueOf("Tab"), "Move between controls"));
        shortcuts.add(new Shortcut("Controls", KeyCombination.valueOf("Left"), "Move a focused slider or curve point (Shift: fine)"));
        // Tab stops once in a group of toggles (screens, true class, float64/float32), at the chosen one
        shortcuts.add(new Shortcut("Controls", KeyCombination.valueOf("Right"), "Next button of a group (screens, classes, formats)"));
        shortcuts.add(new Shortcut("Controls", KeyCombination.valueOf("Space"), "Press the focused button: pick the class, screen or format"));
    }

    private void applyZoom() {
        // the one inline style in the app: the root font size that every em in lab.css follows
        layers.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * theme.getZoom()));
    }

    private Node wrap(Node view) {
        if (view instanceof Region r) {
            // a screen is laid out for 940 × 580 at 100%; zoom scales that minimum, so a zoomed
            // screen keeps the same layout and scrolls instead of squeezing text into "..."
            r.minWidthProperty().bind(theme.zoomProperty().multiply(MIN_SCREEN_WIDTH));
            r.minHeightProperty().bind(theme.zoomProperty().multiply(MIN_SCREEN_HEIGHT));
        }
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    private Node buildNavigation() {
        Label brand = new Label("Cross-Entropy\nLab");
        brand.getStyleClass().add("brand");
        ToggleButton guideButton = new ToggleButton("Guided lessons");
        guideButton.setId("nav-guide");
        guideButton.getStyleClass().addAll("nav-button", "nav-guide");
        guideButton.setMaxWidth(Double.MAX_VALUE);
        guideButton.selectedProperty().bindBidirectional(lab.guide().openProperty());
        guideButton.setTooltip(new Tooltip("Step by step through the ideas, with tasks and questions (Ctrl+L)"));
        Label screensLabel = new Label("Screens");
        screensLabel.getStyleClass().add("nav-section");
        VBox box = new VBox(4, brand, guideButton, screensLabel);
        box.getStyleClass().add("nav");
        for (int i = 0; i < lessons.size(); i++) {
            Screen l = lessons.get(i);
            ToggleButton b = new ToggleButton((i + 1) + "  " + l.title());
            b.setId("nav-" + l.id());
            b.setUserData(l);
            b.setToggleGroup(nav);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(l.summary() + (i < 9 ? "  (Ctrl+" + (i + 1) + ")" : "")));
            b.setOnAction(e -> {
                show(l);
                b.setSelected(true);
            });
            box.getChildren().add(b);
        }
        return box;
    }

    private Node buildHeader() {
        title.getStyleClass().add("screen-title");
        title.setId("screen-title");
        summary.getStyleClass().add("screen-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // wrap onto a second line rather than end in "..."
        VBox titles = new VBox(2, title, summary);
        HBox.setHgrow(titles, Priority.ALWAYS);

        ToggleButton hide = new ToggleButton();
        hide.setId("hide-losses");
        hide.textProperty().bind(Bindings.when(lab.numbersHiddenProperty())
                .then("Reveal losses").otherwise("Hide losses"));
        hide.selectedProperty().bindBidirectional(lab.numbersHiddenProperty());
        hide.setTooltip(new Tooltip("Predict, then reveal: hide every loss number (F2)"));

        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.getStyleClass().add("zoom-level");
        zoom.textProperty().bind(Bindings.format(Locale.ROOT, "%.0f%%", theme.zoomProperty().multiply(100)));
        zoom.setTooltip(new Tooltip("Zoom: Ctrl+plus / Ctrl+minus"));

        Button reset = new Button("Reset all");
        reset.setId("reset");
        reset.getStyleClass().add("reset-button");
        reset.setTooltip(new Tooltip("Put this screen back to its starting values (Ctrl+R)"));
        reset.setOnAction(e -> resetCurrent());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        for (Region r : List.of(zoom, hide, reset)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(12, titles, spacer, zoom, hide, reset);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }
}
