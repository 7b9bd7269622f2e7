package celab.app;

import celab.lesson.Lesson;
import celab.lesson.LessonCatalog;
import celab.lesson.LessonContext;
import celab.model.Lab;
import celab.plot.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The app shell: navigation between screens on the left, a header with the screen's title and
 * "Reset all", the current screen in the middle, and a status line at the bottom.
 */
public final class LabWindow {
    public static final String TITLE = "Cross-Entropy Lab";

    private final Lab lab;
    private final Theme theme;
    private final List<Lesson> lessons = LessonCatalog.all();
    private final Map<Lesson, Node> views = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ToggleGroup nav = new ToggleGroup();
    private final LessonContext context;
    private Lesson current;

    public LabWindow(Lab lab, Theme theme) {
        this.lab = lab;
        this.theme = theme;
        this.context = new LessonContext(lab, theme, this::setStatus);
        root.getStyleClass().add("lab-root");
        root.setLeft(buildNavigation());
        content.getStyleClass().add("content");
        VBox main = new VBox(buildHeader(), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(main);
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        show(lessons.get(0));
    }

    /** Puts the shell into a stage sized for a 1280×800 screen and shows it. */
    public void show(Stage stage) {
        Scene scene = createScene(1280, 800);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(680);
        stage.show();
    }

    /** The scene with the theme's CSS and global shortcuts. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                LabWindow.class.getResource("lab.css"), "lab.css missing").toExternalForm());
        for (int i = 0; i < lessons.size() && i < 9; i++) {
            Lesson l = lessons.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> show(l));
        }
        return scene;
    }

    public Parent root() {
        return root;
    }

    public Lab lab() {
        return lab;
    }

    public Theme theme() {
        return theme;
    }

    public Lesson current() {
        return current;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Switches to a screen, building its view on first visit. */
    public void show(Lesson lesson) {
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

    /** "Reset all": puts the current screen back to how it first opened. */
    public void resetCurrent() {
        current.reset(context);
        setStatus("Reset " + current.title() + " to its starting values.");
    }

    public void setStatus(String message) {
        status.setText(message);
    }

    private Node wrap(Node view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    private Node buildNavigation() {
        Label brand = new Label("Cross-Entropy\nLab");
        brand.getStyleClass().add("brand");
        VBox box = new VBox(4, brand);
        box.getStyleClass().add("nav");
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
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
        VBox titles = new VBox(2, title, summary);
        HBox.setHgrow(titles, Priority.ALWAYS);
        Button reset = new Button("Reset all");
        reset.setId("reset");
        reset.getStyleClass().add("reset-button");
        reset.setTooltip(new Tooltip("Put this screen back to its starting values"));
        reset.setOnAction(e -> resetCurrent());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox header = new HBox(12, titles, spacer, reset);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }
}
