package celab.app;

import celab.lesson.GuidedPath;
import celab.lesson.Lessons;
import celab.model.Lab;
import celab.plot.Theme;
import celab.screen.Screen;
import celab.screen.ScreenCatalog;
import celab.screen.ScreenContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app shell: the menu bar, the list of screens, a header with the screen's title, the current
 * screen, an error banner and a status line. Commands live by role: {@link FileCommands},
 * {@link Export}, {@link Presentation}; every key and menu item is declared in {@link LabActions}.
 */
public final class LabWindow {
    public static final String TITLE = "Cross-Entropy Lab";

    private final Lab lab;
    private final Theme theme;
    private final List<Screen> screens = ScreenCatalog.all();
    private final Map<Screen, Node> views = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final StackPane layers = new StackPane();
    private final StackPane content = new StackPane();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ToggleGroup nav = new ToggleGroup();
    private final ScreenContext context;
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private HelpSheet help;
    private final Label errorText = new Label();
    private final DataCommands data;
    private final HBox errorBanner;
    private final Session session;
    private final FileCommands files;
    private final Export export;
    private final Presentation presentation;
    private final ActionRegistry actions;
    private final GuidePanel guide;
    private final LessonCommands lessons;
    private Node side;
    private final MenuBar menuBar;
    private final Node navigation;
    private Stage stage;
    private ShortcutSheet sheet;

    public LabWindow(Lab lab, Theme theme) {
        this.lab = lab;
        this.theme = theme;
        this.context = new ScreenContext(lab, theme, this::setStatus);
        root.getStyleClass().add("lab-root");
        content.getStyleClass().add("content");
        errorText.setId("error-text");
        errorText.setWrapText(true);
        errorText.getStyleClass().add("error-text");
        errorBanner = buildErrorBanner();
        VBox main = new VBox(buildHeader(), errorBanner, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(main);
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        layers.getChildren().add(root);

        session = new Session(this);
        files = new FileCommands(this);
        export = new Export(this, content);
        presentation = new Presentation(this);
        lessons = new LessonCommands(this);
        data = new DataCommands(this);
        actions = LabActions.declare(this);
        menuBar = actions.menuBar();
        navigation = buildNavigation();
        guide = new GuidePanel(this, Lessons.GUIDED_PATH.title(), GuidedPath::readInBackground);
        lab.guide().lessonProperty().set(Lessons.GUIDED_PATH.key());
        root.setTop(menuBar);
        root.setLeft(navigation);
        lab.guide().openProperty().addListener((o, was, now) -> {
            placeSides();
            if (now) {
                guide.enter();
            } else {
                guide.leave();
            }
        });
        presentation.chromeShownProperty().addListener((o, was, now) -> placeSides());
        presentation.attach(layers);
        show(screens.get(0));
    }

    /** Puts the shell into a stage sized for a 1280×800 screen and shows it. */
    public void show(Stage stage) {
        show(stage, 1280, 800);
    }

    /** Puts the shell into a stage of the given size and shows it. */
    public void show(Stage stage, double width, double height) {
        this.stage = stage;
        stage.setTitle(TITLE);
        stage.getIcons().add(new Image(Objects.requireNonNull(
                LabWindow.class.getResourceAsStream("icon.png"), "icon.png missing")));
        stage.setScene(createScene(width, height));
        stage.setOnCloseRequest(e -> session.autosave());
        stage.setMinWidth(Math.min(1000, width));
        stage.setMinHeight(Math.min(680, height));
        stage.setFullScreenExitHint("F11 or Esc leaves full screen");
        stage.show();
        // start with focus in the screen, not on a header button a stray Space would press
        content.getChildren().get(0).requestFocus();
    }

    /** The scene with the theme's CSS and every key of {@link LabActions}. */
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
                data.openDropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (sheet != null && e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                closeShortcuts();
                e.consume();
            } else if (help != null && e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                closeHelp();
                e.consume();
            }
        });
        actions.install(scene);
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
        return current.get();
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The screens in teaching order. */
    public List<Screen> screens() {
        return screens;
    }

    public ScreenContext context() {
        return context;
    }

    /** Every command, with its menu, keys and sheet line. */
    public ActionRegistry actions() {
        return actions;
    }

    /** Undo/redo, scenario files and autosave. */
    public Session session() {
        return session;
    }

    public FileCommands files() {
        return files;
    }

    /** Lesson files, the built-in lessons and the lesson editor. */
    public LessonCommands lessons() {
        return lessons;
    }

    /** The step the guide shows now. */
    celab.lesson.GuideStep guidePanelStep() {
        return guide.current();
    }

    /** The guide panel (its lesson and steps). */
    GuidePanel guidePanel() {
        return guide;
    }

    /** The "Your data" commands: open, drop, examples, the training network's predictions. */
    public DataCommands data() {
        return data;
    }

    public Export export() {
        return export;
    }

    public Presentation presentation() {
        return presentation;
    }

    /** The stage, once shown (null in tests that only use the scene). */
    Stage stage() {
        return stage;
    }

    /** The window that owns file dialogs. */
    Window owner() {
        return layers.getScene() == null ? null : layers.getScene().getWindow();
    }

    // Commands

    /** Switches to a screen, building its view on first visit. */
    public void show(Screen screen) {
        closeHelp();
        Node focus = layers.getScene() == null ? null : layers.getScene().getFocusOwner();
        boolean focusInScreen = focus == null || inside(focus, content);
        current.set(screen);
        Node view = views.computeIfAbsent(screen, l -> wrap(l.createView(context)));
        content.getChildren().setAll(view);
        if (focusInScreen) {
            // the focused control left with the old screen: focus the new one, never a header button
            view.requestFocus();
        }
        title.setText(screen.title());
        summary.setText(screen.summary());
        nav.getToggles().stream()
                .filter(t -> t.getUserData() == screen)
                .findFirst().ifPresent(t -> t.setSelected(true));
        setStatus(screen.title() + " — " + screen.summary());
    }

    /** Shows the screen with the given id; false if there is none. */
    public boolean show(String screenId) {
        for (Screen s : screens) {
            if (s.id().equals(screenId)) {
                show(s);
                return true;
            }
        }
        return false;
    }

    /**
     * Switches from the keyboard or a menu: focus moves into the screen, so the next Space or
     * Enter acts there and never on a header button.
     */
    public void showAndFocus(Screen screen) {
        show(screen);
        content.getChildren().get(0).requestFocus();
    }

    /** Next lesson step when the guide is open, else the next screen (Page Down, a clicker's "next"). */
    public void next() {
        if (lab.guide().openProperty().get()) {
            guide.forward();
        } else {
            showAndFocus(screens.get(Math.min(screens.size() - 1, screens.indexOf(current()) + 1)));
        }
    }

    /** Previous lesson step or screen (Page Up). */
    public void previous() {
        if (lab.guide().openProperty().get()) {
            guide.back();
        } else {
            showAndFocus(screens.get(Math.max(0, screens.indexOf(current()) - 1)));
        }
    }

    /** Opens or closes the guided lesson beside the screen. */
    public void toggleGuide() {
        lab.guide().openProperty().set(!lab.guide().openProperty().get());
    }

    /** Puts the current screen back to how it first opened; other screens and shared settings stay. */
    public void resetCurrent() {
        current().reset(context);
        setStatus("Reset " + current().title() + " to its starting values. ε, clipping, precision and class names"
                + " are shared by every screen: Edit ▸ Reset shared settings puts them back.");
    }

    /** Puts the shared settings (ε, clipping, precision, class names) back to their defaults. */
    public void resetShared() {
        lab.resetShared();
        setStatus("Shared settings back to ε = 1e-7, clipping on, float64 and the default class names.");
    }

    /** How many classes the digit keys can pick on the current screen (0: none). */
    int pickableClasses() {
        return current() == null ? 0 : current().pickableClasses(lab);
    }

    /** Digit key k+1 (0 for the tenth): picks the current screen's true class. */
    void pickClass(int k) {
        current().pickClass(context, k);
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

    /** F1: the shortcut sheet over the screen, or away again. */
    public void toggleShortcuts() {
        if (sheet != null) {
            closeShortcuts();
            return;
        }
        sheet = new ShortcutSheet(actions.shortcuts(), this::closeShortcuts);
        layers.getChildren().add(sheet);
        sheet.requestFocus();
    }

    /** Opens or closes the current screen's "?" help: what to look at, what to try. */
    public void showHelp() {
        if (help != null) {
            closeHelp();
            return;
        }
        help = new HelpSheet(current.get(), this::closeHelp);
        layers.getChildren().add(help);
        help.requestFocus();
    }

    public void closeHelp() {
        if (help != null) {
            layers.getChildren().remove(help);
            help = null;
        }
    }

    public void closeShortcuts() {
        if (sheet != null) {
            layers.getChildren().remove(sheet);
            sheet = null;
        }
    }

    /** Quit: saves the session and closes the window. */
    void close() {
        session.autosave();
        Window w = owner();
        if (w != null) {
            w.hide();
        }
    }

    /** Docks a panel (the lesson editor) on the right while the guide is closed; null removes it. */
    void setSide(Node panel) {
        side = panel;
        placeSides();
    }

    // Building

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The guide takes the screens list's room while open; presentation mode may hide both bars. */
    private void placeSides() {
        boolean chrome = presentation.chromeShownProperty().get();
        boolean guideOpen = lab.guide().openProperty().get();
        root.setRight(guideOpen ? guide : side);
        // a side panel (guide or editor) takes the screen list's room; the editor has its own screen chooser
        root.setLeft(!guideOpen && side == null && chrome ? navigation : null);
        menuBar.setVisible(chrome);
        menuBar.setManaged(chrome);
    }

    private Node wrap(Node view) {
        // the screen's own layout (celab.view.ScreenLayout) reflows to the width and says how tall
        // it must be; the scroll pane scrolls vertically when the window is shorter
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    private HBox buildErrorBanner() {
        Button dismiss = new Button("Dismiss");
        dismiss.setId("error-dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        errorText.setMinHeight(Region.USE_PREF_SIZE); // a long message (a lesson's problems) wraps in full
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(12, new Label("⚠"), errorText, gap, dismiss);
        banner.setId("error-banner");
        banner.getStyleClass().add("error-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        dismiss.setOnAction(e -> hideError());
        banner.setVisible(false);
        banner.setManaged(false);
        return banner;
    }

    private Node buildNavigation() {
        Label brand = new Label("Cross-Entropy\nLab");
        brand.getStyleClass().add("brand");
        ToggleButton guideButton = new ToggleButton("Guided lessons");
        guideButton.setId("nav-guide");
        guideButton.getStyleClass().addAll("nav-button", "nav-guide");
        guideButton.setMaxWidth(Double.MAX_VALUE);
        guideButton.selectedProperty().bindBidirectional(lab.guide().openProperty());
        guideButton.setTooltip(new Tooltip("Step by step through the ideas, with tasks and questions ("
                + actions.get("guide").keys().get(0).getDisplayText() + ")"));
        Label screensLabel = new Label("Screens");
        screensLabel.getStyleClass().add("nav-section");
        VBox box = new VBox(4, brand, guideButton, screensLabel);
        box.getStyleClass().add("nav");
        for (int i = 0; i < screens.size(); i++) {
            Screen l = screens.get(i);
            ToggleButton b = new ToggleButton((i + 1) + "  " + l.title());
            b.setId("nav-" + l.id());
            b.setUserData(l);
            b.setToggleGroup(nav);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            List<javafx.scene.input.KeyCombination> keys = actions.get("screen-" + l.id()).keys();
            b.setTooltip(new Tooltip(l.summary() + (keys.isEmpty() ? "" : "  (" + keys.get(0).getDisplayText() + ")")));
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
        hide.disableProperty().bind(lab.guide().mysteryProperty()); // a lesson's mystery values stay hidden
        hide.setTooltip(new Tooltip("Predict, then reveal: hide every loss number (F2)"));

        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.getStyleClass().add("zoom-level");
        zoom.textProperty().bind(Bindings.format(java.util.Locale.ROOT, "%.0f%%", theme.zoomProperty().multiply(100)));
        zoom.setTooltip(new Tooltip("Zoom: Ctrl+plus / Ctrl+minus"));

        Button reset = new Button("Reset screen");
        reset.setId("reset");
        reset.getStyleClass().add("reset-button");
        reset.setTooltip(new Tooltip("Put this screen back to its starting values; the shared settings stay (Ctrl+R)"));
        reset.setOnAction(e -> resetCurrent());
        Button helpButton = new Button("?");
        helpButton.setId("screen-help-button");
        helpButton.getStyleClass().add("help-button");
        helpButton.setTooltip(new Tooltip("What to look at and what to try on this screen"));
        helpButton.setAccessibleText("help for this screen");
        helpButton.setOnAction(e -> showHelp());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        for (Region r : List.of(zoom, hide, reset, helpButton)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(12, titles, spacer, zoom, helpButton, hide, reset);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }
}
