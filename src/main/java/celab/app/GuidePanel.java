package celab.app;

import celab.io.lesson.Lesson;
import celab.lesson.GuideStep;
import celab.lesson.Question;
import celab.model.GuideProgress;
import celab.model.Lab;
import celab.view.MarkdownText;
import celab.view.NumberField;
import celab.view.StyleClasses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
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
 * The lesson, docked beside the screen: step n of N, what to notice, the task with its live
 * check (○ to do, ✔ done) or a question with its answer check, and Back / Next. An overview lists
 * every step with its done mark; after the last step a summary says what is done and what is
 * left. A step's hidden controls leave the screen and the Tab order, its locked ones are
 * disabled, and its mystery values stay "?" until it is solved; leaving the step undoes all three.
 * Ids: #guide, #guide-lesson, #guide-step, #guide-title, #guide-notice, #guide-task-state,
 * #guide-hint, #guide-next, #guide-prev, #guide-answer, #guide-check, #guide-feedback,
 * #guide-option-k (k-th on screen), #guide-overview-toggle, #guide-overview, #guide-goto-k,
 * #guide-summary, #guide-reset, #guide-close.
 */
final class GuidePanel extends VBox {
    private final LabWindow window;
    private final Lab lab;
    private final GuideProgress progress;
    private final long shuffleSeed = System.nanoTime();
    /** The lesson's steps, or null until they have been read ({@link #steps()} waits for them). */
    private List<GuideStep> steps;
    /** Starts reading the steps if that has not begun, and gives the reading; null once they are here. */
    private Supplier<CompletableFuture<List<GuideStep>>> stepsReading;
    private final Label lessonTitle = new Label();
    private final Label counter = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label title = new Label();
    private final MarkdownText notice = new MarkdownText();
    private final VBox work = new VBox(8);
    private final VBox body = new VBox(12);
    private final Label taskState = new Label();
    private final Label feedback = new Label();
    private final Button prev = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final Button overviewToggle = new Button("Overview");
    private final Map<String, Integer> misses = new HashMap<>();
    private final StepEffects effects;
    private boolean showingOverview;
    private boolean showingSummary;
    private String feedbackRaw = "";

    /**
     * A panel whose steps are still being read (the guided path: see {@link celab.lesson.GuidedPath});
     * they are waited for when the guide is first opened. While it is closed the panel shows
     * nothing, so it never waits for them then.
     */
    GuidePanel(LabWindow window, String lessonName, Supplier<CompletableFuture<List<GuideStep>>> steps) {
        this.window = window;
        this.lab = window.lab();
        this.progress = lab.guide();
        this.stepsReading = steps;
        this.effects = new StepEffects(window);
        setId("guide");
        getStyleClass().add("guide");
        lessonTitle.setId("guide-lesson");
        lessonTitle.getStyleClass().add("card-title");
        lessonTitle.setWrapText(true);
        lessonTitle.setMinHeight(Region.USE_PREF_SIZE); // wrap, never cut to "…" when the step list is long
        lessonTitle.setText(lessonName);
        counter.setId("guide-step");
        counter.getStyleClass().add("guide-counter");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE); // a long overview scrolls; the bar keeps its height
        title.setId("guide-title");
        title.getStyleClass().add("guide-title");
        title.setWrapText(true);
        notice.setId("guide-notice");
        notice.getStyleClass().add("guide-notice");
        taskState.setId("guide-task-state");
        taskState.setWrapText(true);
        feedback.setId("guide-feedback");
        feedback.setWrapText(true);
        prev.setId("guide-prev");
        next.setId("guide-next");
        prev.setOnAction(e -> back());
        next.setOnAction(e -> forward());
        overviewToggle.setId("guide-overview-toggle");
        overviewToggle.setOnAction(e -> {
            showingOverview = !showingOverview;
            showingSummary = false;
            render();
        });
        Button reset = new Button("Reset progress");
        reset.setId("guide-reset");
        reset.setOnAction(e -> resetProgress());
        Button close = new Button("Close");
        close.setId("guide-close");
        close.setOnAction(e -> progress.openProperty().set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, prev, next, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox tools = new HBox(8, overviewToggle, reset);
        tools.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(lessonTitle, counter, bar, tools, scroll, buttons);
        lab.revisionProperty().addListener((o, was, now) -> checkTask());
        lab.spiral().snapshotProperty().addListener((o, was, now) -> checkTask());
        progress.stepProperty().addListener((o, was, now) -> render());
        lab.numbersHiddenProperty().addListener((o, was, now) -> rerender());
    }

    /** A decimal number with three or more significant digits: how lesson texts quote losses. */
    private static final java.util.regex.Pattern QUOTED_LOSS =
            java.util.regex.Pattern.compile("(?<![\\w.\\-−])(\\d+\\.\\d+)(?!\\w)");

    /**
     * The lesson's text as shown: while the losses are hidden (F2, or a step's mystery values)
     * every quoted value precise enough to be a loss (0.357, 16.12) reads "(hidden)"; short ones
     * such as a probability 0.7 stay.
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

    /** Shows the step's texts again after F2 or a reveal, keeping what the learner typed and was told. */
    private void rerender() {
        if (!progress.openProperty().get()) {
            return; // closed: opening renders it (enter)
        }
        TextField field = (TextField) lookup("#guide-answer");
        String typed = field == null ? null : field.getText();
        String said = feedbackRaw;
        List<String> style = List.copyOf(feedback.getStyleClass());
        render();
        TextField again = (TextField) lookup("#guide-answer");
        if (again != null && typed != null) {
            again.setText(typed);
        }
        if (said != null && !said.isEmpty()) {
            say(said, style.contains("good"));
        }
    }

    private void say(String raw, boolean good) {
        feedbackRaw = raw;
        feedback.setText(shown(raw));
        StyleClasses.pick(feedback, good ? "good" : "bad", "good", "bad");
    }

    /** Runs another lesson in this panel (the caller has set the progress for it). */
    void setLesson(String lessonName, List<GuideStep> lessonSteps) {
        effects.undo();
        lessonTitle.setText(lessonName);
        steps = lessonSteps;
        stepsReading = null;
        misses.clear();
        showingOverview = false;
        showingSummary = false;
    }

    List<GuideStep> steps() {
        if (steps == null) {
            steps = stepsReading.get().join();
            stepsReading = null;
        }
        return steps;
    }

    /** Opens the current step: its screen, its prepared state, its controls, its text. */
    void enter() {
        int i = clamp(progress.stepProperty().get());
        GuideStep step = steps().get(i);
        effects.undo();
        window.show(step.screen());
        step.prepare(lab);
        misses.remove(step.id());
        showingOverview = false;
        showingSummary = false;
        effects.apply(step, progress.completed().contains(step.id()));
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

    /** Next step, or the summary after the last one. */
    void forward() {
        if (progress.stepProperty().get() >= steps().size() - 1) {
            showSummary();
        } else {
            go(progress.stepProperty().get() + 1);
        }
    }

    /** The previous step, or from the summary back to the last step. */
    void back() {
        if (showingSummary) {
            enter();
        } else {
            go(progress.stepProperty().get() - 1);
        }
    }

    /** Undoes the current step's hidden, locked and mystery values (the guide is closing). */
    void leave() {
        effects.undo();
    }

    GuideStep current() {
        return steps().get(clamp(progress.stepProperty().get()));
    }

    void showSummary() {
        showingSummary = true;
        showingOverview = false;
        render();
    }

    /** Forgets every step done and every answer, and starts the lesson again at step 1. */
    void resetProgress() {
        progress.clear();
        misses.clear();
        enter();
        window.setStatus("Lesson progress reset: every step is to do again, no answers kept.");
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(steps().size() - 1, i));
    }

    private void render() {
        if (!progress.openProperty().get()) {
            return; // closed: opening renders it (enter)
        }
        int i = clamp(progress.stepProperty().get());
        GuideStep step = steps().get(i);
        counterRefresh();
        prev.setDisable(i == 0 && !showingSummary);
        next.setDisable(showingSummary);
        next.setText(i == steps().size() - 1 ? "Finish ▶" : "Next ▶");
        overviewToggle.setText(showingOverview ? "Back to the step" : "Overview");
        if (showingOverview) {
            body.getChildren().setAll(overview());
            return;
        }
        if (showingSummary) {
            body.getChildren().setAll(summary());
            return;
        }
        title.setText(shown(step.title()));
        notice.setMarkdown(shown(step.notice()));
        feedbackRaw = "";
        feedback.setText("");
        StyleClasses.pick(feedback, null, "good", "bad");
        work.getChildren().clear();
        if (step.task() != null) {
            Label what = new Label("Try this: " + shown(step.task().text()));
            what.setWrapText(true);
            what.getStyleClass().add("guide-task");
            work.getChildren().addAll(what, taskState);
            checkTask();
        } else if (step.question() != null) {
            work.getChildren().addAll(questionView(step));
        }
        if (!step.hints().isEmpty()) {
            work.getChildren().add(hints(step.hints()));
        }
        body.getChildren().setAll(title, notice, work);
    }

    /** "Show a hint" reveals the step's hints one at a time. */
    private Node hints(List<String> hints) {
        VBox shown = new VBox(4);
        Button hint = new Button(hints.size() > 1 ? "Show a hint (1 of " + hints.size() + ")" : "Show a hint");
        hint.setId("guide-hint");
        hint.setOnAction(e -> {
            int k = shown.getChildren().size();
            Label h = new Label("Hint: " + shown(hints.get(k)));
            h.setId("guide-hint-text-" + k);
            h.setWrapText(true);
            h.getStyleClass().add("hint");
            shown.getChildren().add(h);
            if (k + 1 >= hints.size()) {
                hint.setDisable(true);
                hint.setText("No more hints");
            } else {
                hint.setText("Another hint (" + (k + 2) + " of " + hints.size() + ")");
            }
        });
        return new VBox(6, hint, shown);
    }

    private List<Node> questionView(GuideStep step) {
        Lesson.Question question = step.question();
        Label prompt = new Label(shown(question.prompt()));
        prompt.setWrapText(true);
        prompt.getStyleClass().add("guide-task");
        Button check = new Button("Check");
        check.setId("guide-check");
        if (progress.completed().contains(step.id())) {
            say("✔ Answered right before. Answer again if you like.", true);
        }
        if (question instanceof Lesson.Choice choice) {
            ToggleGroup group = new ToggleGroup();
            VBox options = new VBox(6);
            List<Integer> order = Question.order(choice, shuffleSeed ^ step.id().hashCode());
            for (int pos = 0; pos < order.size(); pos++) {
                int k = order.get(pos);
                RadioButton r = new RadioButton(shown(choice.options().get(k)));
                r.setId("guide-option-" + pos);
                r.setWrapText(true);
                r.setUserData(k);
                r.setToggleGroup(group);
                options.getChildren().add(r);
            }
            check.setOnAction(e -> answer(step, group.getSelectedToggle() == null ? ""
                    : String.valueOf(group.getSelectedToggle().getUserData())));
            return List.of(prompt, options, check, feedback);
        }
        Lesson.Numeric numeric = (Lesson.Numeric) question;
        // the shared number field: a text that is not a number is marked and told under the field
        // (not counted as a miss); a number is checked against the answer only on Enter or Check,
        // never on leaving the field; Esc clears what was typed
        NumberField[] self = new NumberField[1];
        NumberField answerField = new NumberField("guide-answer", text -> {
            Double v = Question.parse(text == null ? "" : text);
            return v == null ? NumberField.Parsed.error(Question.unreadable(numeric, text)) : NumberField.Parsed.ok(v);
        }, v -> answer(step, self[0].field().getText())).commitOnLeave(false);
        self[0] = answerField;
        TextField field = answerField.field();
        field.setOnAction(e -> answerField.submit());
        field.setPromptText(numeric.decimals() == 0 ? "a whole number"
                : numeric.decimals() + (numeric.decimals() == 1 ? " decimal" : " decimals")
                  + ", e.g. " + Question.format(0, numeric.decimals()));
        check.setOnAction(e -> answerField.submit());
        HBox row = new HBox(8, field, check);
        row.setAlignment(Pos.CENTER_LEFT);
        Label asked = new Label("Answer with " + (numeric.decimals() == 0 ? "a whole number"
                : numeric.decimals() + (numeric.decimals() == 1 ? " decimal" : " decimals")) + ", as the screen shows it."
                + " A decimal comma is fine.");
        asked.setWrapText(true);
        asked.getStyleClass().add("hint");
        return List.of(prompt, asked, row, answerField.message(), feedback);
    }

    private void answer(GuideStep step, String answer) {
        int missed = misses.getOrDefault(step.id(), 0);
        Question.Verdict v = Question.check(step.question(), answer, missed);
        if (v.correct()) {
            progress.answers().put(step.id(), answer);
            solved(step); // reveals the mystery values first, so the verdict may quote them
        }
        say((v.correct() ? "✔ " : v.counted() ? "✘ " : "") + v.feedback(), v.correct());
        if (!v.correct() && v.counted()) {
            misses.put(step.id(), missed + 1);
        }
    }

    private void solved(GuideStep step) {
        boolean fresh = !progress.completed().contains(step.id());
        progress.complete(step.id());
        if (effects.reveal()) {
            window.setStatus("✔ Solved: the hidden values are revealed.");
        } else if (fresh && step.task() != null) {
            window.setStatus("✔ Task done: " + shown(step.task().text()));
        }
        counterRefresh();
    }

    private void checkTask() {
        if (steps == null && !progress.openProperty().get() && !stepsReading.get().isDone()) {
            return; // the guided path is still being read and nobody is looking
        }
        if (showingOverview || showingSummary || current().task() == null) {
            return;
        }
        GuideStep step = current();
        boolean done = step.isDone(lab);
        if (done) {
            solved(step);
        }
        boolean ever = progress.completed().contains(step.id());
        taskState.setText(done ? "✔ Done — the lab is in a state that does it. Press Next when you are ready."
                : ever ? "✔ Done before. The lab has moved on since; Next when you are ready."
                : "○ Not yet — the app checks by itself as you go.");
        // on every change of the lab: only a real change of class restyles the label
        StyleClasses.pick(taskState, done || ever ? "good" : "pending", "good", "pending");
    }

    private List<Node> overview() {
        List<Node> rows = new ArrayList<>();
        Label head = new Label("All steps");
        head.setId("guide-overview");
        head.getStyleClass().add("guide-title");
        rows.add(head);
        for (int k = 0; k < steps().size(); k++) {
            rows.add(stepLink(k));
        }
        return rows;
    }

    private Button stepLink(int k) {
        GuideStep s = steps().get(k);
        boolean done = progress.completed().contains(s.id());
        String mark = done ? "✔" : s.solvable() ? "○" : "·";
        Button b = new Button(mark + "  " + (k + 1) + ". " + s.title());
        b.setId("guide-goto-" + k);
        b.getStyleClass().add("guide-link");
        if (done) {
            b.getStyleClass().add("done");
        }
        if (k == clamp(progress.stepProperty().get())) {
            b.getStyleClass().add("current");
        }
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> go(k));
        return b;
    }

    private List<Node> summary() {
        int solvable = (int) steps().stream().filter(GuideStep::solvable).count();
        long done = steps().stream().filter(s -> s.solvable() && progress.completed().contains(s.id())).count();
        List<Node> out = new ArrayList<>();
        Label head = new Label(done == solvable ? "Well done: the lesson is complete." : "End of the lesson");
        head.setId("guide-summary");
        head.getStyleClass().add("guide-title");
        head.setWrapText(true);
        Label score = new Label("You solved " + done + " of the " + solvable + " tasks and questions.");
        score.setId("guide-summary-score");
        score.setWrapText(true);
        out.add(head);
        out.add(score);
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < steps().size(); k++) {
            if (steps().get(k).solvable() && !progress.completed().contains(steps().get(k).id())) {
                open.add(k);
            }
        }
        if (!open.isEmpty()) {
            Label left = new Label("Still to do — pick one to go back to it:");
            left.setWrapText(true);
            out.add(left);
            open.forEach(k -> out.add(stepLink(k)));
        }
        Button again = new Button("Start again from step 1");
        again.setId("guide-again");
        again.setOnAction(e -> go(0));
        out.add(again);
        return out;
    }

    private void counterRefresh() {
        int i = clamp(progress.stepProperty().get());
        long done = steps().stream().filter(s -> progress.completed().contains(s.id())).count();
        counter.setText("Step " + (i + 1) + " of " + steps().size() + " · " + done + " done");
        long solvable = Math.max(1, steps().stream().filter(GuideStep::solvable).count());
        bar.setProgress((double) done / solvable);
    }
}
