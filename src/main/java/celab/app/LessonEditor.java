package celab.app;

import celab.io.lesson.GoalKind;
import celab.io.lesson.Lesson;
import celab.io.lesson.LessonException;
import celab.io.lesson.LessonFile;
import celab.lesson.Lessons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Writing a lesson in the app, docked beside the screen: "Add this screen as a step" records the
 * screen and every value on it; the selected step's title, text, task (one goal from the
 * catalogue with its parameters), hints and hidden controls are edited here; steps move up and
 * down; the lesson is checked by the same code as a file and saved atomically. A question that
 * came from a file is kept as written. Ids: #editor, #editor-title, #editor-screen, #editor-author, #editor-steps,
 * #editor-add, #editor-up, #editor-down, #editor-remove, #editor-step-title, #editor-text,
 * #editor-goal, #editor-task-text, #editor-param-NAME, #editor-hints, #editor-hide-ID,
 * #editor-problems, #editor-try, #editor-save, #editor-close.
 */
final class LessonEditor extends VBox {
    private static final String NO_TASK = "no task";

    private final LabWindow window;
    private final List<Lesson.Step> steps = new ArrayList<>();
    private final ListView<String> list = new ListView<>();
    private final TextField lessonTitle = field("editor-title", "Lesson title");
    private final TextField author = field("editor-author", "Your name");
    private final TextField stepTitle = field("editor-step-title", "Step title");
    private final TextArea text = new TextArea();
    private final ComboBox<String> goal = new ComboBox<>();
    private final TextField taskText = field("editor-task-text", "What to do, e.g. Make the loss smaller than 0.2.");
    private final GridPane params = new GridPane();
    private final Map<String, TextField> paramFields = new HashMap<>();
    private final TextArea hints = new TextArea();
    private final FlowPane hideBoxes = new FlowPane(6, 4);
    private final Label problems = new Label();
    private final VBox form = new VBox(8);
    private boolean loading;
    private Path file;

    LessonEditor(LabWindow window) {
        this.window = window;
        setId("editor");
        getStyleClass().addAll("guide", "lesson-editor");
        list.setId("editor-steps");
        list.setPrefHeight(150);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> load());
        text.setId("editor-text");
        text.setPromptText("What to notice. *emphasis*, **strong**, lines starting with - are a list.");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        hints.setId("editor-hints");
        hints.setPromptText("One hint per line, shown one at a time");
        hints.setWrapText(true);
        hints.setPrefRowCount(2);
        goal.setId("editor-goal");
        goal.getItems().add(NO_TASK);
        for (GoalKind k : GoalKind.values()) {
            goal.getItems().add(k.id());
        }
        goal.setMaxWidth(Double.MAX_VALUE);
        goal.valueProperty().addListener((o, was, now) -> {
            buildParams(now, Map.of());
            edited();
        });
        params.setHgap(6);
        params.setVgap(4);
        problems.setId("editor-problems");
        problems.setWrapText(true);
        for (TextField f : List.of(stepTitle, taskText)) {
            f.textProperty().addListener((o, was, now) -> edited());
        }
        text.textProperty().addListener((o, was, now) -> edited());
        hints.textProperty().addListener((o, was, now) -> edited());

        ComboBox<celab.screen.Screen> screen = new ComboBox<>();
        screen.setId("editor-screen");
        screen.getItems().setAll(window.screens());
        screen.setMaxWidth(Double.MAX_VALUE);
        screen.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(celab.screen.Screen s) {
                return s == null ? "" : s.title();
            }

            @Override
            public celab.screen.Screen fromString(String text) {
                return null;
            }
        });
        screen.setValue(window.current());
        window.currentProperty().addListener((o, was, now) -> screen.setValue(now));
        screen.setOnAction(e -> {
            if (screen.getValue() != null && screen.getValue() != window.current()) {
                window.show(screen.getValue());
            }
        });
        Button add = button("editor-add", "Add this screen as a step", e -> addStep());
        add.setMaxWidth(Double.MAX_VALUE);
        Button up = button("editor-up", "▲ Up", e -> move(-1));
        Button down = button("editor-down", "▼ Down", e -> move(1));
        Button remove = button("editor-remove", "Remove", e -> remove());
        Button tryIt = button("editor-try", "Try it", e -> tryIt());
        Button save = button("editor-save", "Save…", e -> saveInteractive());
        Button close = button("editor-close", "Close", e -> window.lessons().closeEditor());
        HBox order = new HBox(6, up, down, remove);
        HBox bottom = new HBox(8, tryIt, save, spacer(), close);
        bottom.setAlignment(Pos.CENTER_LEFT);

        form.getChildren().addAll(label("Step title"), stepTitle, label("Text"), text,
                label("Task: a goal the app checks"), goal, taskText, params,
                label("Hints"), hints, label("Hide these controls on this step"), hideBoxes);
        VBox body = new VBox(8, label("Lesson"), lessonTitle, author, label("Steps"), list, order,
                label("Screen to record"), screen, add,
                new javafx.scene.control.Separator(), form, problems);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label heading = new Label("Write a lesson");
        heading.getStyleClass().add("card-title");
        getChildren().addAll(heading, scroll, bottom);
        load();
    }

    /** Starts from a lesson (a file's or a built-in one) instead of an empty one. */
    void edit(Lesson lesson, Path from) {
        steps.clear();
        steps.addAll(lesson.steps());
        lessonTitle.setText(lesson.title());
        author.setText(lesson.author());
        file = from;
        refreshList(0);
    }

    // Commands

    /** Records the current screen and every value in the lab as a new step after the selected one. */
    void addStep() {
        String screen = window.current().id();
        int n = steps.size() + 1;
        String id = "step-" + n;
        Set<String> ids = new LinkedHashSet<>();
        steps.forEach(s -> ids.add(s.id()));
        while (ids.contains(id)) {
            id = "step-" + (++n);
        }
        Lesson.Step step = new Lesson.Step(id, window.current().title(), screen,
                LessonFile.stateTree(window.lab().snapshot()), "What to notice on this screen.", null, null,
                List.of(), List.of(), List.of(), List.of());
        int at = list.getSelectionModel().getSelectedIndex() + 1;
        steps.add(at, step);
        refreshList(at);
        window.setStatus("Added step " + (at + 1) + ": " + window.current().title() + ", with every value as it is now.");
    }

    void move(int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= steps.size()) {
            return;
        }
        steps.add(j, steps.remove(i));
        refreshList(j);
    }

    void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            steps.remove(i);
            refreshList(Math.min(i, steps.size() - 1));
        }
    }

    /** The lesson as written so far, checked by the same code that reads files. */
    Lesson lesson() throws LessonException {
        Lesson draft = new Lesson(blankToNull(lessonTitle.getText()), blankToNull(author.getText()), steps);
        String json;
        try {
            json = LessonFile.toJson(draft);
        } catch (RuntimeException e) {
            throw new LessonException("the lesson is not complete yet: give it a title and an author");
        }
        Lesson checked = LessonFile.parse("this lesson", json);
        Lessons.steps("this lesson", checked);
        return checked;
    }

    /** Saves atomically; problems are shown in the panel and nothing is written. */
    boolean save(Path target) {
        try {
            LessonFile.write(target, lesson());
            file = target;
            problems.setText("Saved " + target.getFileName() + ".");
            problems.getStyleClass().setAll("label", "good");
            window.setStatus("Saved the lesson as " + target.getFileName() + ".");
            return true;
        } catch (LessonException e) {
            showProblems(e);
        } catch (IOException e) {
            problems.setText("Could not save " + target + ": " + e.getMessage());
            problems.getStyleClass().setAll("label", "bad");
        }
        return false;
    }

    private void saveInteractive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save lesson");
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("Cross-Entropy Lab lesson", "*" + LessonFile.EXTENSION));
        chooser.setInitialFileName(file != null ? file.getFileName().toString() : "my" + LessonFile.EXTENSION);
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            String name = f.getName();
            save(name.endsWith(".json") ? f.toPath() : Path.of(f.getPath() + LessonFile.EXTENSION));
        }
    }

    private void tryIt() {
        try {
            Lesson lesson = lesson();
            window.lessons().runDraft(lesson, Lessons.steps("this lesson", lesson));
        } catch (LessonException e) {
            showProblems(e);
        }
    }

    private void showProblems(LessonException e) {
        problems.setText("To fix first:\n" + String.join("\n", e.problems()));
        problems.getStyleClass().setAll("label", "bad");
    }

    // Editing the selected step

    private void refreshList(int select) {
        loading = true;
        try {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < steps.size(); k++) {
                Lesson.Step s = steps.get(k);
                names.add((k + 1) + ". " + s.title() + " (" + s.screen() + ")");
            }
            list.getItems().setAll(names);
        } finally {
            loading = false;
        }
        list.getSelectionModel().clearSelection();
        if (select >= 0 && select < steps.size()) {
            list.getSelectionModel().select(select);
        }
        load();
    }

    /** Fills the form from the selected step. */
    private void load() {
        if (loading) {
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex();
        form.setDisable(i < 0);
        loading = true;
        try {
            Lesson.Step s = i < 0 ? null : steps.get(i);
            stepTitle.setText(s == null ? "" : s.title());
            text.setText(s == null ? "" : s.text());
            hints.setText(s == null ? "" : String.join("\n", s.hints()));
            Lesson.Goal g = s == null || s.task() == null ? null : s.task().goals().get(0);
            taskText.setText(s == null || s.task() == null ? "" : s.task().text());
            goal.setValue(g == null ? NO_TASK : g.kind().id());
            buildParams(goal.getValue(), g == null ? Map.of() : g.params());
            taskText.setDisable(s != null && s.question() != null);
            goal.setDisable(s != null && s.question() != null);
            buildHideBoxes(s);
        } finally {
            loading = false;
        }
    }

    private void buildParams(String kindId, Map<String, Object> values) {
        params.getChildren().clear();
        paramFields.clear();
        GoalKind kind = GoalKind.byId(kindId == null ? "" : kindId).orElse(null);
        if (kind == null) {
            return;
        }
        int row = 0;
        for (GoalKind.Param p : kind.params()) {
            TextField f = field("editor-param-" + p.name(), switch (p.type()) {
                case CHOICE -> String.join(" / ", p.choices());
                case BOOLEAN -> "true / false";
                case INTEGER -> "a whole number";
                case NUMBER -> "a number";
            });
            Object v = values.get(p.name());
            f.setText(v == null ? (p.type() == GoalKind.Type.CHOICE ? p.choices().get(0) : "") : plain(v));
            f.textProperty().addListener((o, was, now) -> edited());
            paramFields.put(p.name(), f);
            params.addRow(row++, new Label(p.name()), f);
        }
        Label what = new Label(kind.description());
        what.setWrapText(true);
        what.getStyleClass().add("hint");
        params.add(what, 0, row, 2, 1);
    }

    /** A checkbox per control on the step's screen that has an id. */
    private void buildHideBoxes(Lesson.Step s) {
        hideBoxes.getChildren().clear();
        if (s == null) {
            return;
        }
        if (!s.screen().equals(window.current().id())) {
            window.show(s.screen());
        }
        window.root().applyCss();
        Set<String> ids = new java.util.TreeSet<>();
        Node screen = window.root().lookup(".screen-scroll");
        if (screen != null) {
            for (Node n : screen.lookupAll("*")) {
                if (n instanceof Control && n.getId() != null && !n.getId().isBlank()) {
                    ids.add(n.getId());
                }
            }
        }
        ids.addAll(List.of("reset", "hide-losses"));
        for (String id : ids) {
            CheckBox box = new CheckBox(id);
            box.setId("editor-hide-" + id);
            box.setSelected(s.hidden().contains(id));
            box.selectedProperty().addListener((o, was, now) -> edited());
            hideBoxes.getChildren().add(box);
        }
    }

    /** Writes the form back into the selected step; a parameter that is not a number yet waits. */
    private void edited() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (loading || i < 0) {
            return;
        }
        Lesson.Step s = steps.get(i);
        Lesson.Task task = s.task();
        if (s.question() == null) {
            task = task();
            if (task == null && !NO_TASK.equals(goal.getValue())) {
                return; // a parameter is half typed; problems already says which
            }
        }
        List<String> hidden = hideBoxes.getChildren().stream().map(CheckBox.class::cast)
                .filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        List<String> hintLines = hints.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        steps.set(i, new Lesson.Step(s.id(), blankToNull(stepTitle.getText()), s.screen(), s.state(),
                blankToNull(text.getText()), task, s.question(), hintLines, hidden, s.locked(),
                task == null && s.question() == null ? List.of() : s.mystery()));
        loading = true; // renaming the list entry must not reload the form under the learner's cursor
        try {
            list.getItems().set(i, (i + 1) + ". " + stepTitle.getText() + " (" + s.screen() + ")");
            list.getSelectionModel().select(i);
        } finally {
            loading = false;
        }
        problems.setText("");
    }

    /** The task in the form, or null when there is none or a parameter cannot be read yet. */
    private Lesson.Task task() {
        GoalKind kind = GoalKind.byId(goal.getValue() == null ? "" : goal.getValue()).orElse(null);
        if (kind == null) {
            return null;
        }
        Map<String, Object> values = new HashMap<>();
        for (GoalKind.Param p : kind.params()) {
            String t = paramFields.get(p.name()).getText().strip();
            try {
                values.put(p.name(), switch (p.type()) {
                    case NUMBER -> Double.parseDouble(t.replace(',', '.'));
                    case INTEGER -> Integer.parseInt(t);
                    case BOOLEAN -> {
                        if (!t.equals("true") && !t.equals("false")) {
                            throw new IllegalArgumentException();
                        }
                        yield Boolean.parseBoolean(t);
                    }
                    case CHOICE -> {
                        if (!p.choices().contains(t)) {
                            throw new IllegalArgumentException();
                        }
                        yield t;
                    }
                });
            } catch (IllegalArgumentException e) {
                problems.setText("“" + p.name() + "” needs " + paramFields.get(p.name()).getPromptText() + ".");
                problems.getStyleClass().setAll("label", "bad");
                return null;
            }
        }
        String what = taskText.getText().isBlank() ? kind.description() : taskText.getText();
        return new Lesson.Task(what, List.of(new Lesson.Goal(kind, values)));
    }

    // Building

    private static String plain(Object v) {
        return v instanceof Double d ? new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
                : String.valueOf(v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("guide-counter");
        return l;
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> on) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(on);
        return b;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
