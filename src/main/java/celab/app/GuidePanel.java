package celab.app;

import celab.lesson.GuideStep;
import celab.lesson.Question;
import celab.lesson.QuestionStep;
import celab.lesson.TaskStep;
import celab.model.GuideProgress;
import celab.model.Lab;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guided lesson, docked beside the screen: step n of N, what to notice, the task with its
 * live check (○ to do, ✔ done) or a review question with its answer check, and Back / Next.
 * Ids: #guide, #guide-step, #guide-title, #guide-task-state, #guide-next, #guide-prev,
 * #guide-answer, #guide-check, #guide-feedback, #guide-option-k.
 */
final class GuidePanel extends VBox {
    private final LabWindow window;
    private final Lab lab;
    private final GuideProgress progress;
    private final List<GuideStep> steps;
    private final Label counter = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label title = new Label();
    private final Label notice = new Label();
    private final VBox work = new VBox(8);
    private final Label taskState = new Label();
    private final Label feedback = new Label();
    private final Button prev = new Button("◀ Back");
    private final Button next = new Button("Next ▶");

    GuidePanel(LabWindow window, List<GuideStep> steps) {
        this.window = window;
        this.lab = window.lab();
        this.progress = lab.guide();
        this.steps = steps;
        setId("guide");
        getStyleClass().add("guide");
        counter.setId("guide-step");
        counter.getStyleClass().add("guide-counter");
        bar.setMaxWidth(Double.MAX_VALUE);
        title.setId("guide-title");
        title.getStyleClass().add("guide-title");
        title.setWrapText(true);
        notice.setWrapText(true);
        notice.getStyleClass().add("guide-notice");
        taskState.setId("guide-task-state");
        taskState.setWrapText(true);
        feedback.setId("guide-feedback");
        feedback.setWrapText(true);
        prev.setId("guide-prev");
        next.setId("guide-next");
        prev.setOnAction(e -> go(progress.stepProperty().get() - 1));
        next.setOnAction(e -> go(progress.stepProperty().get() + 1));
        Button close = new Button("Close guide");
        close.setId("guide-close");
        close.setOnAction(e -> progress.openProperty().set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, prev, next, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(12, title, notice, work);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label heading = new Label("Guided lesson");
        heading.getStyleClass().add("card-title");
        getChildren().addAll(heading, counter, bar, scroll, buttons);
        lab.revisionProperty().addListener((o, was, now) -> checkTask());
        progress.stepProperty().addListener((o, was, now) -> render());
        lab.numbersHiddenProperty().addListener((o, was, now) -> render());
    }

    /** A decimal number with three or more significant digits: how lesson texts quote losses. */
    private static final java.util.regex.Pattern QUOTED_LOSS =
            java.util.regex.Pattern.compile("(?<![\\w.\\-−])(\\d+\\.\\d+)(?!\\w)");

    /**
     * The lesson's text as shown: while the losses are hidden (F2) every quoted value precise
     * enough to be a loss (0.357, 16.12) reads "(hidden)"; short ones such as a probability 0.7 stay.
     */
    private String shown(String text) {
        if (!lab.numbersHiddenProperty().get() || text == null) {
            return text;
        }
        java.util.regex.Matcher m = QUOTED_LOSS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group(1).replace(".", "").replaceFirst("^0+", "");
            m.appendReplacement(out, digits.length() >= 3 ? "(hidden)" : m.group(1));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Opens the current step: its screen, its prepared state, its text. */
    void enter() {
        int i = clamp(progress.stepProperty().get());
        GuideStep step = steps.get(i);
        window.show(step.screen());
        step.prepare(lab);
        render();
    }

    /** Moves to step i (clamped) and opens it. */
    void go(int i) {
        int target = clamp(i);
        if (target == progress.stepProperty().get()) {
            enter();
            return;
        }
        progress.stepProperty().set(target);
        enter();
    }

    GuideStep current() {
        return steps.get(clamp(progress.stepProperty().get()));
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(steps.size() - 1, i));
    }

    private void render() {
        int i = clamp(progress.stepProperty().get());
        GuideStep step = steps.get(i);
        counterRefresh();
        title.setText(shown(step.title()));
        notice.setText(shown(step.notice()));
        prev.setDisable(i == 0);
        next.setDisable(i == steps.size() - 1);
        feedback.setText("");
        feedback.getStyleClass().removeAll("good", "bad");
        work.getChildren().clear();
        if (step instanceof TaskStep task) {
            Label what = new Label("Try this: " + shown(task.task()));
            what.setWrapText(true);
            what.getStyleClass().add("guide-task");
            Button hint = new Button("Show a hint");
            hint.setId("guide-hint");
            Label hintText = new Label(shown(task.hint()));
            hintText.setWrapText(true);
            hintText.getStyleClass().add("hint");
            hintText.setVisible(false);
            hintText.setManaged(false);
            hint.setOnAction(e -> {
                hintText.setVisible(true);
                hintText.setManaged(true);
            });
            work.getChildren().addAll(what, taskState, hint, hintText);
            checkTask();
        } else if (step instanceof QuestionStep q) {
            work.getChildren().addAll(questionView(q));
        }
    }

    private List<Node> questionView(QuestionStep step) {
        Question question = step.question();
        Label prompt = new Label(shown(question.prompt()));
        prompt.setWrapText(true);
        prompt.getStyleClass().add("guide-task");
        Button check = new Button("Check");
        check.setId("guide-check");
        String previous = progress.answers().get(step.id());
        if (question instanceof Question.Choice choice) {
            ToggleGroup group = new ToggleGroup();
            VBox options = new VBox(6);
            for (int k = 0; k < choice.options().size(); k++) {
                RadioButton r = new RadioButton(shown(choice.options().get(k)));
                r.setId("guide-option-" + k);
                r.setWrapText(true);
                r.setUserData(k);
                r.setToggleGroup(group);
                r.setSelected(String.valueOf(k).equals(previous));
                options.getChildren().add(r);
            }
            check.setOnAction(e -> answer(step, group.getSelectedToggle() == null ? ""
                    : String.valueOf(group.getSelectedToggle().getUserData())));
            return List.of(prompt, options, check, feedback);
        }
        TextField field = new TextField(previous == null ? "" : previous);
        field.setId("guide-answer");
        field.setPromptText("your answer");
        field.setOnAction(e -> answer(step, field.getText()));
        check.setOnAction(e -> answer(step, field.getText()));
        HBox row = new HBox(8, field, check);
        row.setAlignment(Pos.CENTER_LEFT);
        return List.of(prompt, row, feedback);
    }

    private void answer(QuestionStep step, String answer) {
        Question.Verdict v = step.question().check(answer);
        progress.answers().put(step.id(), answer);
        feedback.setText((v.correct() ? "✔ " : "✘ ") + shown(v.feedback()));
        feedback.getStyleClass().removeAll("good", "bad");
        feedback.getStyleClass().add(v.correct() ? "good" : "bad");
        if (v.correct()) {
            progress.complete(step.id());
            counterRefresh();
        }
    }

    private void checkTask() {
        if (!(current() instanceof TaskStep task)) {
            return;
        }
        boolean done = task.isDone(lab);
        if (done && !progress.completed().contains(task.id())) {
            progress.complete(task.id());
            window.setStatus("✔ Task done: " + shown(task.task()));
            counterRefresh();
        }
        boolean ever = progress.completed().contains(task.id());
        taskState.setText(done ? "✔ Done — the lab is in a state that does it. Press Next when you are ready."
                : ever ? "✔ Done before. The lab has moved on since; Next when you are ready."
                : "○ Not yet — the app checks by itself as you go.");
        taskState.getStyleClass().removeAll("good", "pending");
        taskState.getStyleClass().add(done || ever ? "good" : "pending");
    }

    private void counterRefresh() {
        int i = clamp(progress.stepProperty().get());
        counter.setText("Step " + (i + 1) + " of " + steps.size() + " · " + progress.completed().size() + " done");
        bar.setProgress((double) progress.completed().size() / steps.size());
    }
}
