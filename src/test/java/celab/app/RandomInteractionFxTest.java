package celab.app;

import celab.core.CrossEntropy;
import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Numbers;
import celab.core.Precision;
import celab.core.SoftmaxSteps;
import celab.core.Targets;
import celab.screen.Screen;
import celab.model.BatchModel;
import celab.model.ClippingModel;
import celab.model.Lab;
import celab.model.LabState;
import celab.model.PredictionModel;
import celab.plot.CanvasPlot;
import celab.plot.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.robot.BaseRobot;

/**
 * Thousands of random actions on the whole app, with a fixed seed, and after every one of them
 * the lab's invariants:
 * <ul>
 *   <li>nothing threw — on the FX thread (listeners, event handlers, {@code runLater}, layout) or
 *       anywhere else;</li>
 *   <li>every prediction row of every model is a distribution: each entry in [0, 1] and the sum 1
 *       within 1e-9 (explorer, comparison A and B, every batch row; the logits screen's softmax
 *       within its precision's rounding);</li>
 *   <li>every loss on the visible screen is the text {@link Numbers#format} gives for a loss this
 *       test computes itself by calling the core on the model's current INPUTS and the lab's
 *       clipping and precision (never the model's own result), or "?" while numbers are hidden;
 *       and every slider, field and spinner shows the value the model holds.</li>
 * </ul>
 *
 * <p>How it acts. Most actions work the real controls on the FX thread, as {@code interact(...)}
 * would: a slider's value set as a drag sets it (sometimes a run of values while "value changing"),
 * a field's text then Enter, a button fired, a spinner stepped, a digit key event on the screen.
 * They run in short groups of 1–16 inside one FX task — each action still checked on its own —
 * and every group ends with a CSS and layout pass and the app's queued {@code runLater} work, then
 * the checks again; without the grouping, 5,000 layout passes alone would take minutes here. About
 * one action in thirty is real input: mouse moves, presses, drags and key strokes through TestFX's
 * robot (mostly its base robot, which moves the mouse in one step; a few through the high-level
 * {@code clickOn}, {@code drag} and {@code write}). Screens come from {@link LabWindow#lessons()} and
 * controls are found by type and id, so screens added later are exercised too; their own numbers
 * are then checked only by the generic rule (while hidden, no loss readout shows a number).
 *
 * <p>A failure names the action's index, the action, the screen and the whole lab state, with the
 * command that replays the run up to it: {@code -Dcelab.random.seed=S -Dcelab.random.actions=N}.
 * Other seeds and lengths can be tried the same way.
 */
class RandomInteractionFxTest extends ApplicationTest {
    /** The fixed seed: the same actions in the same order on every run. */
    private static final long DEFAULT_SEED = 0x5EED_C0FFEEL;
    private static final long SEED = Long.getLong("celab.random.seed", DEFAULT_SEED);
    private static final int ACTIONS = Integer.getInteger("celab.random.actions", 5000);
    private static final double SUM_TOLERANCE = 1e-9;
    /** Percent of steps that are real input (a step of the other kind is a group of 1–16 actions). */
    private static final int REAL_PERCENT = 15;

    /** Buttons never pressed: they open files, dialogs or windows, or start work in the background. */
    private static final Pattern NOT_PRESSED =
            Pattern.compile("(?i).*(code|export|save|open|file|csv|quit|print|full|play|train|run).*");
    /** Ids of readouts that show a loss or a mean of losses: "?" while numbers are hidden. */
    private static final Pattern LOSS_ID = Pattern.compile(".*(loss|mean)(-\\d+)*");
    /** Buttons that pick a true class (or a row, or the poisoned sample). */
    private static final Pattern TARGET_ID =
            Pattern.compile("(target|onehot|logit-target|batch-onehot|clip-poison|example-row)(-\\d+)+");

    private static final String[] BAD = {"abc", "-0.2", "1.5", "", "1e400", "-1e400", "NaN", "Infinity", "0,5",
        "  ", "∞", "--1", "0x10", ".", "1e", "−0.3", "1e-400", "+0.25", " 0.4 ", "60%", "150%", "1.0000001"};
    private static final String[] EPSILONS = {"1e-7", "1e-15", "1e-16", "0.1", "0.11", "10^-5", "1·10^-3",
        "3.3e-9", "0.0001", "1E-12", "1.23456e-7", "0", "-1e-7"};
    private static final String[] LOGITS = {"1000", "-1000", "1000.5", "-1000.0001", "709.8", "88.8", "-745",
        "1e3", "-1e3", "0", "20", "-20", "20.5", "3.14159", "−7", "1e-300", "12.3456789"};
    private static final String[] NAMES = {"wolf", "", "   ", "a name far too long for any class", "狗", "cat", "c4",
        "dog", "x"};

    private final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = new ArrayList<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private final Map<String, long[]> timing = new TreeMap<>();
    private Thread.UncaughtExceptionHandler previousFxHandler;
    private Thread.UncaughtExceptionHandler previousDefaultHandler;
    private Lab lab;
    private Theme theme;
    private LabWindow window;
    private Stage stage;
    private SplittableRandom rng;
    private int realActions;
    private int count;
    private List<Node> lastShown;
    /**
     * A hash of every action's description and of the lab's state and screen after every group:
     * equal on every run of one seed, as the run is deterministic.
     */
    private long digest = 17;
    private final Map<String, Integer> perScreen = new TreeMap<>();
    /** What the current action is about to do, so that a throw names it. */
    private String attempt;
    private int files;

    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
        previousFxHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        previousDefaultHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.add(e));
        this.stage = stage;
        lab = new Lab();
        theme = new Theme();
        window = new LabWindow(lab, theme);
        window.session().autosaveTo(null);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.show(window.screens().get(0));
    }

    @AfterEach
    void restoreHandlers() throws Exception {
        fx(() -> {
            closeOtherWindows();
            Thread.currentThread().setUncaughtExceptionHandler(previousFxHandler);
            return null;
        });
        Thread.setDefaultUncaughtExceptionHandler(previousDefaultHandler);
    }

    // The run

    /** One kind of action; returns what it did, or null when it does not apply right now. */
    private interface Act {
        String run() throws Exception;
    }

    private record Choice(String name, double weight, Act act) {
    }

    @Test
    void thousandsOfRandomActionsKeepEveryInvariant() throws Exception {
        rng = new SplittableRandom(SEED);
        // run on the FX thread, in groups
        List<Choice> onFx = List.of(
                new Choice("slider", 20, this::slider),
                new Choice("type", 15, this::typeValue),
                new Choice("button", 12, this::pressButton),
                new Choice("target", 7, this::pickTarget),
                new Choice("number key", 3, this::numberKey),
                new Choice("screen", 6, this::switchScreen),
                new Choice("reset", 2, this::resetAll),
                new Choice("class count", 4, this::classCount),
                new Choice("combo", 2, this::combo),
                new Choice("clipping", 3, this::clipping),
                new Choice("precision", 2, this::precision),
                new Choice("batch rows", 2.5, this::batchRows),
                new Choice("undo/redo", 5, this::undoRedo),
                new Choice("hide", 2, this::hideOrReveal),
                new Choice("zoom", 1.5, this::zoom),
                new Choice("projector", 0.3, this::projector),
                new Choice("example", 0.4, this::openExample),
                new Choice("save/open", 0.3, this::saveAndOpen),
                new Choice("bad file", 0.2, this::openBadFile),
                new Choice("guide", 1.2, this::guide),
                new Choice("focus", 2, this::focusAndLeave),
                new Choice("code", 0.2, this::codeWindow),
                new Choice("command", 1, this::command));
        // real input from this thread
        List<Choice> real = List.of(
                new Choice("real drag", 3, this::realSliderDrag),
                new Choice("real click", 3, this::realClick),
                new Choice("real typing", 1.5, this::realTyping),
                new Choice("real key", 3, this::realKey),
                new Choice("real plot drag", 1.5, this::realPlotDrag),
                new Choice("real spinner", 0.5, this::realSpinner),
                new Choice("testfx drag", 0.15, this::testfxDrag),
                new Choice("testfx click", 0.15, this::testfxClick),
                new Choice("testfx write", 0.1, this::testfxWrite));
        double fxTotal = onFx.stream().mapToDouble(Choice::weight).sum();
        double realTotal = real.stream().mapToDouble(Choice::weight).sum();
        long started = System.nanoTime();
        try {
            run(onFx, fxTotal, real, realTotal);
        } finally {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "RandomInteractionFxTest: %d actions (%d real input) in %.1f s, seed %d,"
                    + " digest %016x%n  actions per screen: %s%n", count, realActions, seconds, SEED,
                    digest, perScreen);
            timing.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-15s %5d × %7.2f ms%n", k, v[0],
                    v[1] / 1e6 / v[0]));
        }
    }

    private void run(List<Choice> onFx, double fxTotal, List<Choice> real, double realTotal) throws Exception {
        int i = 0;
        while (i < ACTIONS) {
            count = i;
            if (rng.nextInt(100) < REAL_PERCENT) {
                Choice c = pick(real, realTotal);
                long t0 = System.nanoTime();
                String done;
                try {
                    attempt = c.name();
                    done = c.act().run();
                } catch (Throwable e) {
                    throw failure(i, attempt, "the action threw " + e, e, fx(this::describe));
                }
                if (done == null) {
                    continue; // nothing of the kind reachable now: draw again
                }
                realActions++;
                drainInput();
                int index = i;
                fx(() -> {
                    remember(index, done);
                    return null;
                });
                settleAndVerify(i, done);
                time(c.name(), t0);
                i++;
            } else {
                int from = i;
                int n = Math.min(ACTIONS - i, 1 + rng.nextInt(16));
                AssertionError failed = fx(() -> group(onFx, fxTotal, from, n));
                if (failed != null) {
                    throw failed;
                }
                i += n;
                long t0 = System.nanoTime();
                settleAndVerify(i - 1, recent.getLast() + " — then the layout pass and the app's queued work");
                time("(layout pass)", t0);
            }
        }
        count = i;
    }

    /** Runs n actions on the FX thread, checking after each; returns the first failure. */
    private AssertionError group(List<Choice> choices, double total, int from, int n) {
        for (int j = 0; j < n; j++) {
            int i = from + j;
            long t0 = System.nanoTime();
            Choice c = null;
            String done = null;
            try {
                while (done == null) {
                    c = pick(choices, total);
                    attempt = c.name();
                    done = c.act().run();
                }
            } catch (Throwable e) {
                return failure(i, attempt, "the action threw " + e, e, describe());
            }
            remember(i, done);
            String problem = problems(inspect());
            if (problem != null) {
                return failure(i, done, problem, thrown.isEmpty() ? null : thrown.get(0), describe());
            }
            time(c.name(), t0);
        }
        return null;
    }

    /**
     * Lets the app's queued work run (it was queued before this task), lays the window out as the
     * next pulse would, then checks every invariant.
     */
    private void settleAndVerify(int i, String action) throws Exception {
        AssertionError failed = fx(() -> {
            layout();
            digest = digest * 31 + lab.snapshot().hashCode() + window.current().id().hashCode();
            String problem = problems(inspect());
            return problem == null ? null : failure(i, action, problem, thrown.isEmpty() ? null : thrown.get(0), describe());
        });
        if (failed != null) {
            throw failed;
        }
    }

    /** CSS and layout for the whole window, as the next pulse would do them. */
    private void layoutPass() throws Exception {
        fx(() -> {
            layout();
            return null;
        });
    }

    /** CSS and layout of the whole window (FX thread). */
    private void layout() {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    /** Exceptions, problems found by an action, and what {@link #inspect()} found; null if none. */
    private String problems(String inspected) {
        List<String> all = new ArrayList<>();
        if (!thrown.isEmpty()) {
            all.add(thrown.size() + " exception(s), the first: " + thrown.get(0));
        }
        all.addAll(problems);
        if (inspected != null) {
            all.add(inspected);
        }
        return all.isEmpty() ? null : String.join("\n  ", all);
    }

    private Choice pick(List<Choice> choices, double total) {
        double x = rng.nextDouble(total);
        for (Choice c : choices) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return choices.get(choices.size() - 1);
    }

    private void remember(int i, String done) {
        digest = digest * 31 + done.hashCode();
        perScreen.merge(window.current().id(), 1, Integer::sum);
        recent.addLast("#" + i + " " + done);
        if (recent.size() > 15) {
            recent.removeFirst();
        }
    }

    private void time(String name, long t0) {
        long[] t = timing.computeIfAbsent(name, k -> new long[2]);
        t[0]++;
        t[1] += System.nanoTime() - t0;
    }

    /** The screen and the lab's whole state, for a failure message (FX thread). */
    private String describe() {
        return "screen " + window.current().id() + ", numbers hidden " + lab.numbersHiddenProperty().get()
                + ", zoom " + theme.getZoom() + ", projector " + theme.projectorProperty().get()
                + ", guide open " + lab.guide().openProperty().get() + " (step " + lab.guide().stepProperty().get()
                + ")\n  lab " + lab.snapshot();
    }

    private AssertionError failure(int i, String action, String problem, Throwable cause, String state) {
        String message = "Random interaction failed at action #" + i + " of " + ACTIONS + " (seed " + SEED + ")\n"
                + "action:  " + action + "\nproblem: " + problem + "\nstate:   " + state
                + "\nlast actions:\n  " + String.join("\n  ", recent)
                + "\nreplay:  mvn -B -ntp test -Dtest=RandomInteractionFxTest -Dcelab.random.seed=" + SEED
                + " -Dcelab.random.actions=" + (i + 1);
        AssertionError error = new AssertionError(message, cause);
        thrown.stream().skip(1).forEach(error::addSuppressed);
        return error;
    }

    /** Runs c on the FX thread and waits; its exception is rethrown here. */
    private <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new AssertionError(e.getCause());
        }
    }

    /** The end of a gesture: the app records an undo step when a mouse button or key is released. */
    private String gestureEnd(String done) {
        if (done == null) {
            return null;
        }
        if (rng.nextInt(6) == 0) {
            return done + " (no checkpoint)";
        }
        window.session().checkpoint();
        return done;
    }

    // Finding controls (FX thread)

    /**
     * Every node of the main window that is shown: visible, with visible ancestors. The walk made
     * by the last check is reused until the next check (an action looks before it changes anything).
     */
    private List<Node> shown() {
        if (lastShown == null) {
            lastShown = walk();
        }
        return lastShown;
    }

    private List<Node> walk() {
        List<Node> out = new ArrayList<>();
        collect(stage.getScene().getRoot(), out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof javafx.scene.control.Control c && c.getSkin() == null) {
            // a control added since the last pulse (a screen shown for the first time, a rebuilt
            // grid) gets its skin, and so its content, from CSS: apply it as the pulse would
            c.applyCss();
        }
        out.add(n);
        // the insides of labels, buttons, fields, sliders, spinners, combo boxes and plots are
        // their skins' business: nothing with an id lives there
        if (n instanceof Parent p && !(n instanceof javafx.scene.control.Labeled
                || n instanceof javafx.scene.control.TextInputControl || n instanceof Slider
                || n instanceof Spinner || n instanceof ComboBox || n instanceof CanvasPlot)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** Shown, enabled controls of a type that have an id, in scene-graph order. */
    private <T extends Node> List<T> controls(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node n : shown()) {
            if (type.isInstance(n) && n.getId() != null && !n.isDisabled()) {
                out.add(type.cast(n));
            }
        }
        return out;
    }

    private List<ButtonBase> pressable() {
        return controls(ButtonBase.class).stream()
                .filter(b -> !NOT_PRESSED.matcher(b.getId()).matches())
                .collect(Collectors.toList());
    }

    private <T> T any(List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    private <T> T any(T[] array) {
        return array[rng.nextInt(array.length)];
    }

    /** The current screen's root (by the convention that a screen carries the style class "screen"). */
    private Node screen() {
        for (Node n : shown()) {
            if (n.getStyleClass().contains("screen")) {
                return n;
            }
        }
        return stage.getScene().getRoot();
    }

    private static boolean inside(Node ancestor, Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    // Actions through the controls (FX thread)

    private String slider() {
        List<Slider> sliders = controls(Slider.class);
        if (sliders.isEmpty()) {
            return null;
        }
        Slider s = any(sliders);
        attempt = "move slider #" + s.getId();
        // a person's press or arrow key gives the slider focus first, which commits a field being typed in
        s.requestFocus();
        if (rng.nextInt(6) == 0) {
            // a drag: a run of values while the slider says its value is changing
            int steps = 2 + rng.nextInt(6);
            List<String> values = new ArrayList<>();
            s.setValueChanging(true);
            for (int j = 0; j < steps; j++) {
                double v = sliderValue(s);
                s.setValue(v);
                values.add(String.valueOf(v));
            }
            s.setValueChanging(false);
            return gestureEnd("drag slider #" + s.getId() + " through " + values);
        }
        double v = sliderValue(s);
        s.setValue(v);
        return gestureEnd("slider #" + s.getId() + " := " + v);
    }

    private double sliderValue(Slider s) {
        double min = s.getMin();
        double max = s.getMax();
        double span = max - min;
        return switch (rng.nextInt(12)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> min + span * 1e-9 * rng.nextDouble();
            case 3 -> max - span * 1e-9 * rng.nextDouble();
            case 4, 5 -> Math.max(min, Math.min(max, s.getValue() + (rng.nextDouble() - 0.5) * 0.02 * span));
            default -> min + span * rng.nextDouble();
        };
    }

    /** A value to type into a field, chosen by what the field is for (and sometimes not). */
    private String textFor(String id) {
        int r = rng.nextInt(10);
        if (r < 3) {
            return any(BAD);
        }
        if (r == 3) {
            return any(new String[][] {EPSILONS, LOGITS, NAMES}[rng.nextInt(3)]);
        }
        if (id.contains("name")) {
            return any(NAMES);
        }
        if (id.contains("eps")) {
            return r < 7 ? any(EPSILONS) : "1e" + (-15 + rng.nextInt(15));
        }
        if (id.contains("logit")) {
            return r < 6 ? any(LOGITS) : String.valueOf(Math.round((rng.nextDouble() * 60 - 30) * 1000) / 1000.0);
        }
        if (id.contains("answer")) {
            return any(new String[] {"0.5108", "1.022", "16.12", "0", "ln 3", "1.0986", "abc"});
        }
        return switch (r) {
            case 4 -> any(new String[] {"0", "1", "1e-12", "0.999999999999", "0.5", "100%", "0%"});
            case 5, 6 -> String.valueOf(rng.nextDouble());
            default -> String.format(Locale.ROOT, "%.3f", rng.nextDouble());
        };
    }

    private String typeValue() {
        List<TextField> fields = controls(TextField.class);
        if (fields.isEmpty()) {
            return null;
        }
        TextField f = any(fields);
        String text = textFor(f.getId());
        attempt = "type \"" + text + "\" into #" + f.getId() + " + Enter";
        f.setText(text);
        f.fireEvent(new ActionEvent());
        return gestureEnd("type \"" + text + "\" into #" + f.getId() + " + Enter");
    }

    private String pressButton() {
        List<ButtonBase> buttons = pressable();
        if (buttons.isEmpty()) {
            return null;
        }
        ButtonBase b = any(buttons);
        attempt = "press #" + b.getId();
        b.fire();
        return gestureEnd("press #" + b.getId());
    }

    private String pickTarget() {
        List<ButtonBase> buttons = pressable().stream()
                .filter(b -> TARGET_ID.matcher(b.getId()).matches()).collect(Collectors.toList());
        if (buttons.isEmpty()) {
            return null;
        }
        ButtonBase b = any(buttons);
        b.fire();
        return gestureEnd("pick #" + b.getId());
    }

    /** A digit key pressed on some node of the screen; it bubbles up to the screen's key handler. */
    private String numberKey() {
        Node root = screen();
        List<Node> nodes = shown().stream().filter(n -> n.getId() != null && inside(root, n))
                .collect(Collectors.toList());
        Node target = nodes.isEmpty() || rng.nextInt(4) == 0 ? root : any(nodes);
        int digit = 1 + (rng.nextInt(3) == 0 ? rng.nextInt(9) : rng.nextInt(3));
        KeyCode code = KeyCode.getKeyCode(String.valueOf(digit));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, String.valueOf(digit),
                code, false, false, false, false));
        return gestureEnd("key " + digit + " on " + (target.getId() == null ? "the screen" : "#" + target.getId()));
    }

    private String switchScreen() {
        Screen l = any(window.screens());
        int how = rng.nextInt(20);
        if (how < 10 && stage.getScene().lookup("#nav-" + l.id()) instanceof ButtonBase b && b.getScene() != null) {
            b.fire();
            return "press #nav-" + l.id();
        }
        if (how < 17) {
            window.show(l);
            return "show screen " + l.id();
        }
        if (how < 19) {
            window.next();
            return "next (Page Down)";
        }
        window.previous();
        return "previous (Page Up)";
    }

    private String resetAll() {
        if (rng.nextBoolean()) {
            ((ButtonBase) stage.getScene().lookup("#reset")).fire();
            return gestureEnd("press #reset on " + window.current().id());
        }
        window.resetCurrent();
        return gestureEnd("reset " + window.current().id());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String classCount() {
        List<Spinner> spinners = controls(Spinner.class);
        if (spinners.isEmpty()) {
            return null;
        }
        Spinner<Integer> s = any(spinners);
        int how = rng.nextInt(4);
        if (how == 0) {
            s.increment();
            return gestureEnd("increment #" + s.getId());
        }
        if (how == 1) {
            int steps = 1 + rng.nextInt(3);
            s.decrement(steps);
            return gestureEnd("decrement #" + s.getId() + " by " + steps);
        }
        int c = 2 + rng.nextInt(Lab.MAX_CLASSES - 1);
        s.getValueFactory().setValue(c);
        return gestureEnd("#" + s.getId() + " := " + c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String combo() {
        List<ComboBox> boxes = controls(ComboBox.class);
        if (boxes.isEmpty()) {
            return null;
        }
        ComboBox<Object> box = any(boxes);
        if (box.getItems().isEmpty()) {
            return null;
        }
        Object item = any(box.getItems());
        box.setValue(item);
        return gestureEnd("#" + box.getId() + " := " + item);
    }

    /** Clipping and ε changed as the clipping screen changes them, from whichever screen is shown. */
    private String clipping() {
        ClippingModel m = lab.clippingLab();
        switch (rng.nextInt(3)) {
            case 0 -> {
                boolean on = !lab.getClipping().enabled();
                m.setClippingEnabled(on);
                return gestureEnd("clipping " + (on ? "on" : "off"));
            }
            case 1 -> {
                double e = -15 + 14 * rng.nextDouble();
                m.setEpsilonExponent(e);
                return gestureEnd("ε exponent := " + e);
            }
            default -> {
                double[] some = {1e-15, 1e-7, 1e-3, 0.1, 0.05, 2.5e-11};
                double eps = some[rng.nextInt(some.length)];
                m.setEpsilon(eps);
                return gestureEnd("ε := " + eps);
            }
        }
    }

    private String precision() {
        Precision p = rng.nextBoolean() ? Precision.FLOAT32 : Precision.FLOAT64;
        lab.clippingLab().setPrecision(p);
        return gestureEnd("precision := " + p);
    }

    private String batchRows() {
        if (!window.current().id().equals("batch")) {
            return null;
        }
        List<ButtonBase> rows = pressable().stream()
                .filter(b -> b.getId().equals("batch-add") || b.getId().startsWith("batch-remove-"))
                .collect(Collectors.toList());
        if (rows.isEmpty()) {
            return null;
        }
        // adding as often as removing, whatever the number of remove buttons
        ButtonBase b = rng.nextBoolean() && stage.getScene().lookup("#batch-add") instanceof ButtonBase add
                && !add.isDisabled() ? add : any(rows);
        b.fire();
        return gestureEnd("press #" + b.getId());
    }

    private String undoRedo() {
        int n = 1 + (rng.nextInt(4) == 0 ? rng.nextInt(4) : 0);
        boolean undo = rng.nextInt(5) < 3;
        for (int j = 0; j < n; j++) {
            if (undo) {
                window.session().undo();
            } else {
                window.session().redo();
            }
        }
        return (undo ? "undo" : "redo") + " ×" + n;
    }

    private String hideOrReveal() {
        if (rng.nextBoolean()) {
            ((ButtonBase) stage.getScene().lookup("#hide-losses")).fire();
            return "press #hide-losses";
        }
        window.presentation().toggleNumbersHidden();
        return "toggle hidden numbers";
    }

    /** Commands that open a file dialog, quit or leave the test's stage. */
    private static final java.util.Set<String> NOT_HERE = java.util.Set.of("open", "save", "export-png",
            "export-png-2x", "export-batch-csv", "quit", "full-screen", "restore-last-session",
            "open-data", "export-predictions");

    /** Any command of the registry, as its menu item or key would run it (F9, shared reset, class keys…). */
    private String command() {
        List<Action> commands = window.actions().all().stream()
                .filter(a -> a.run() != null && !NOT_HERE.contains(a.id())).toList();
        Action a = any(commands);
        boolean ran = a.fire();
        return "command " + a.id() + (ran ? "" : " (disabled)");
    }

    private String zoom() {
        int how = rng.nextInt(5);
        if (how < 2) {
            window.presentation().zoomIn();
        } else if (how < 4) {
            window.presentation().zoomOut();
        } else {
            window.presentation().zoomReset();
        }
        return "zoom → " + theme.getZoom();
    }

    private String projector() {
        if (rng.nextInt(3) == 0) {
            window.presentation().togglePresentation(); // projector colours and 150% zoom (full screen needs the app's own stage)
            return "presentation mode " + theme.projectorProperty().get();
        }
        window.presentation().toggleProjector();
        return "projector colours " + theme.projectorProperty().get();
    }

    private String openExample() {
        Session.Example ex = any(Session.EXAMPLES);
        String error = window.session().openExample(ex);
        if (error != null) {
            problems.add("the bundled example " + ex.file() + " did not open: " + error);
        }
        return "open example " + ex.file();
    }

    private String saveAndOpen() {
        Path file = dir.resolve("scenario-" + files++ + ".celab.json");
        window.session().checkpoint();
        LabState before = lab.snapshot();
        String screen = window.current().id();
        if (!window.session().save(file)) {
            problems.add("saving " + file + " failed: " + window.errorMessage());
        }
        String error = window.session().open(file);
        if (error != null) {
            problems.add("opening the file just saved failed: " + error);
        } else if (!lab.snapshot().equals(before)) {
            problems.add("save then open changed the state:\n    before " + before + "\n    after  " + lab.snapshot());
        } else if (!window.current().id().equals(screen)) {
            problems.add("save then open showed " + window.current().id() + ", not " + screen);
        }
        return "save and open " + file.getFileName();
    }

    private String openBadFile() throws Exception {
        Path file = dir.resolve("bad-" + files++ + ".celab.json");
        String[] bad = {"{\"version\": 1, \"screen\": \"explorer\", \"state\": {", "not json", "",
            "{\"version\": 99, \"state\": {}}",
            "{\"version\": 1, \"state\": {\"explorer\": {\"prediction\": [2, -1], \"target\": 0}}}"};
        String text = any(bad);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        window.session().checkpoint();
        LabState before = lab.snapshot();
        String error = window.session().open(file);
        if (error == null) {
            problems.add("the bad file \"" + text + "\" opened without a message");
        } else if (window.errorMessage() == null) {
            problems.add("the bad file's message is not shown: " + error);
        }
        if (!lab.snapshot().equals(before)) {
            problems.add("a bad file changed the state:\n    before " + before + "\n    after  " + lab.snapshot());
        }
        window.hideError();
        return "open bad file \"" + text + "\"";
    }

    private String guide() {
        boolean open = lab.guide().openProperty().get();
        int how = rng.nextInt(10);
        if (!open || how < 2) {
            window.toggleGuide();
            return gestureEnd(open ? "close the guide" : "open the guide");
        }
        if (how < 7) {
            window.next();
            return gestureEnd("guide: next step");
        }
        window.previous();
        return gestureEnd("guide: previous step");
    }

    /**
     * Focus a field and leave it without typing: nothing may change (a field shows a rounded
     * value, which must not replace the exact one).
     */
    private String focusAndLeave() {
        List<TextField> fields = controls(TextField.class);
        if (fields.isEmpty() || !stage.isFocused()) {
            return null;
        }
        window.session().checkpoint();
        TextField f = any(fields);
        LabState before = lab.snapshot();
        String shownText = f.getText();
        f.requestFocus();
        if (!f.isFocused()) {
            return null;
        }
        stage.getScene().lookup("#reset").requestFocus();
        LabState after = lab.snapshot();
        if (!after.equals(before)) {
            problems.add("focusing #" + f.getId() + " (showing \"" + shownText
                    + "\") and leaving it without typing changed the state:\n    before " + before
                    + "\n    after  " + after);
        }
        return "focus #" + f.getId() + ", then leave it";
    }

    private String codeWindow() {
        List<ButtonBase> code = controls(ButtonBase.class).stream().filter(b -> b.getId().contains("code"))
                .collect(Collectors.toList());
        if (code.isEmpty()) {
            return null;
        }
        ButtonBase b = any(code);
        b.fire();
        closeOtherWindows();
        stage.requestFocus();
        return "open and close the code window of #" + b.getId();
    }

    /** Hides code windows, combo-box lists, menus and tooltips, so the next real input meets the lab. */
    private void closeOtherWindows() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
    }

    // Real mouse and keyboard input (test thread)

    private BaseRobot robot() {
        return robotContext().getBaseRobot();
    }

    /** Before real input: no stray popup, the scene laid out so that nodes are where they are drawn. */
    private void prepareReal() throws Exception {
        fx(() -> {
            closeOtherWindows();
            return null;
        });
        layoutPass();
    }

    /** The node's centre on screen, if it lies inside the window (not under the menu bar, not off the bottom). */
    private Point2D onScreen(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        Parent root = stage.getScene().getRoot();
        Bounds w = root.localToScreen(root.getBoundsInLocal());
        if (b == null || w == null || b.getWidth() < 2 || b.getHeight() < 2) {
            return null;
        }
        Point2D c = new Point2D(b.getCenterX(), b.getCenterY());
        return c.getX() > w.getMinX() + 2 && c.getX() < w.getMaxX() - 2 && c.getY() > w.getMinY() + 30
                && c.getY() < w.getMaxY() - 30 ? c : null;
    }

    private <T extends Node> List<T> reachable(List<T> nodes) {
        return nodes.stream().filter(n -> onScreen(n) != null).collect(Collectors.toList());
    }

    private void click(Point2D p) {
        robot().moveMouse(p);
        robot().pressMouse(MouseButton.PRIMARY);
        robot().releaseMouse(MouseButton.PRIMARY);
    }

    private void dragFrom(Point2D p, double dx, double dy) {
        robot().moveMouse(p);
        robot().pressMouse(MouseButton.PRIMARY);
        int steps = 2 + rng.nextInt(6);
        for (int s = 1; s <= steps; s++) {
            robot().moveMouse(new Point2D(p.getX() + dx * s / steps, p.getY() + dy * s / steps));
        }
        robot().releaseMouse(MouseButton.PRIMARY);
    }

    /** Presses the keys in order and releases them in reverse: a chord such as Ctrl+Shift+Z. */
    private void keys(KeyCode... codes) {
        for (KeyCode k : codes) {
            robot().pressKeyboard(k);
        }
        for (int j = codes.length - 1; j >= 0; j--) {
            robot().releaseKeyboard(codes[j]);
        }
    }

    /**
     * Waits until real input sent so far has been handled. The robot's calls are queued on the FX
     * thread, where Monocle queues the events they make once more, and the app's handlers may queue
     * work of their own (the undo step after a release): three turns of the queue see all of it.
     */
    private void drainInput() throws Exception {
        for (int j = 0; j < 3; j++) {
            fx(() -> null);
        }
    }

    /** Types text into the focused control, a key event per character, as TestFX's write() does. */
    private void typeText(String text) {
        Scene scene = stage.getScene();
        for (char ch : text.toCharArray()) {
            KeyCode code = Character.isLetterOrDigit(ch) && ch < 128
                    ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(ch))) : null;
            robot().typeKeyboard(scene, code == null ? KeyCode.UNDEFINED : code, String.valueOf(ch));
        }
    }

    private String realSliderDrag() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            List<Slider> sliders = reachable(controls(Slider.class));
            if (sliders.isEmpty()) {
                return null;
            }
            Slider s = any(sliders);
            Node thumb = s.lookup(".thumb");
            Point2D p = thumb == null ? null : onScreen(thumb);
            return p == null ? null : new Object[] {s.getId(), p};
        });
        if (found == null) {
            return null;
        }
        double dx = Math.round((rng.nextDouble() - 0.5) * 300);
        dragFrom((Point2D) found[1], dx, rng.nextInt(5) - 2);
        return "drag the thumb of #" + found[0] + " by " + dx + " px [real]";
    }

    private String realClick() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            List<ButtonBase> buttons = reachable(pressable());
            if (buttons.isEmpty()) {
                return null;
            }
            ButtonBase b = any(buttons);
            return new Object[] {b.getId(), onScreen(b)};
        });
        if (found == null) {
            return null;
        }
        click((Point2D) found[1]);
        return "click #" + found[0] + " [real]";
    }

    private String realTyping() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            List<TextField> fields = reachable(controls(TextField.class));
            if (fields.isEmpty()) {
                return null;
            }
            TextField f = any(fields);
            return new Object[] {f.getId(), onScreen(f), textFor(f.getId())};
        });
        if (found == null) {
            return null;
        }
        String text = (String) found[2];
        attempt = "type \"" + text + "\" into #" + found[0] + " [real]";
        click((Point2D) found[1]);
        keys(KeyCode.CONTROL, KeyCode.A);
        drainInput(); // the characters take another road than the keys: the selection must come first
        typeText(text);
        drainInput();
        boolean tab = rng.nextInt(3) == 0;
        keys(tab ? KeyCode.TAB : KeyCode.ENTER);
        return "type \"" + text + "\" into #" + found[0] + (tab ? " + Tab" : " + Enter") + " [real]";
    }

    private String realKey() throws Exception {
        prepareReal();
        switch (rng.nextInt(16)) {
            case 0, 1 -> {
                // digits reach the screen's key handler when focus is on the screen
                String focused = focusOnScreen(Slider.class);
                int digit = 1 + rng.nextInt(4);
                keys(KeyCode.getKeyCode(String.valueOf(digit)));
                return "key " + digit + " with focus on " + focused + " [real]";
            }
            case 2, 3 -> {
                String focused = focusOnScreen(Slider.class);
                KeyCode code = rng.nextBoolean() ? KeyCode.LEFT : KeyCode.RIGHT;
                boolean shift = rng.nextBoolean();
                int times = 1 + rng.nextInt(4);
                for (int j = 0; j < times; j++) {
                    if (shift) {
                        keys(KeyCode.SHIFT, code);
                    } else {
                        keys(code);
                    }
                }
                return (shift ? "Shift+" : "") + code + " ×" + times + " on " + focused + " [real]";
            }
            case 4 -> {
                String focused = focusOnScreen(TextField.class);
                KeyCode code = rng.nextBoolean() ? KeyCode.UP : KeyCode.DOWN;
                boolean shift = rng.nextBoolean();
                if (shift) {
                    keys(KeyCode.SHIFT, code);
                } else {
                    keys(code);
                }
                return (shift ? "Shift+" : "") + code + " in " + focused + " [real]";
            }
            case 5 -> {
                keys(KeyCode.F2);
                return "F2 [real]";
            }
            case 6, 7 -> {
                int how = rng.nextInt(4);
                switch (how) {
                    case 0 -> keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
                    case 1 -> keys(KeyCode.CONTROL, KeyCode.Y);
                    default -> keys(KeyCode.CONTROL, KeyCode.Z);
                }
                return (how == 0 ? "Ctrl+Shift+Z" : how == 1 ? "Ctrl+Y" : "Ctrl+Z") + " [real]";
            }
            case 8 -> {
                KeyCode code = rng.nextBoolean() ? KeyCode.PAGE_DOWN : KeyCode.PAGE_UP;
                keys(code);
                return code + " [real]";
            }
            case 9, 10 -> {
                int n = 1 + rng.nextInt(Math.min(9, window.screens().size()));
                keys(KeyCode.CONTROL, KeyCode.getKeyCode(String.valueOf(n)));
                return "Ctrl+" + n + " [real]";
            }
            case 11 -> {
                keys(KeyCode.CONTROL, KeyCode.R);
                return "Ctrl+R [real]";
            }
            case 12 -> {
                KeyCode code = new KeyCode[] {KeyCode.EQUALS, KeyCode.MINUS, KeyCode.DIGIT0}[rng.nextInt(3)];
                keys(KeyCode.CONTROL, code);
                return "Ctrl+" + code + " [real]";
            }
            case 13 -> {
                keys(KeyCode.CONTROL, KeyCode.L);
                return "Ctrl+L [real]";
            }
            case 14 -> {
                keys(KeyCode.F1);
                keys(KeyCode.ESCAPE);
                return "F1, Escape [real]";
            }
            default -> {
                int n = 1 + rng.nextInt(4);
                for (int j = 0; j < n; j++) {
                    keys(KeyCode.TAB);
                }
                return "Tab ×" + n + " [real]";
            }
        }
    }

    /** Gives keyboard focus to a control of the type on the screen (or to the screen); says which. */
    private String focusOnScreen(Class<? extends Node> type) throws Exception {
        return fx(() -> {
            Node root = screen();
            List<? extends Node> nodes = controls(type).stream().filter(n -> inside(root, n))
                    .collect(Collectors.toList());
            Node n = nodes.isEmpty() ? root : any(nodes);
            n.requestFocus();
            return n.getId() == null ? "the screen" : "#" + n.getId();
        });
    }

    private String realPlotDrag() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            List<CanvasPlot> plots = reachable(controls(CanvasPlot.class));
            if (plots.isEmpty()) {
                return null;
            }
            CanvasPlot p = any(plots);
            Bounds b = p.localToScreen(p.getBoundsInLocal());
            return new Object[] {p.getId(), new Point2D(b.getMinX() + b.getWidth() * (0.1 + 0.8 * rng.nextDouble()),
                    b.getMinY() + b.getHeight() * (0.1 + 0.8 * rng.nextDouble()))};
        });
        if (found == null) {
            return null;
        }
        Point2D from = (Point2D) found[1];
        double dx = Math.round((rng.nextDouble() - 0.5) * 200);
        double dy = Math.round((rng.nextDouble() - 0.5) * 200);
        dragFrom(from, dx, dy);
        return String.format(Locale.ROOT, "drag on #%s from (%.0f, %.0f) by (%.0f, %.0f) [real]", found[0],
                from.getX(), from.getY(), dx, dy);
    }

    private String realSpinner() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            @SuppressWarnings("rawtypes")
            List<Spinner> spinners = reachable(controls(Spinner.class));
            if (spinners.isEmpty()) {
                return null;
            }
            Spinner<?> s = any(spinners);
            String which = rng.nextBoolean() ? "increment-arrow-button" : "decrement-arrow-button";
            Node arrow = s.lookup("." + which);
            Point2D p = arrow == null ? null : onScreen(arrow);
            return p == null ? null : new Object[] {s.getId() + " " + which, p};
        });
        if (found == null) {
            return null;
        }
        click((Point2D) found[1]);
        return "click #" + found[0] + " [real]";
    }

    // The same through TestFX's high-level robot (slower: it moves the mouse in many small steps)

    private String testfxDrag() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            List<Slider> sliders = reachable(controls(Slider.class));
            if (sliders.isEmpty()) {
                return null;
            }
            Slider s = any(sliders);
            Node thumb = s.lookup(".thumb");
            return thumb == null || onScreen(thumb) == null ? null : new Object[] {s.getId(), thumb};
        });
        if (found == null) {
            return null;
        }
        double dx = Math.round((rng.nextDouble() - 0.5) * 300);
        drag((Node) found[1], MouseButton.PRIMARY).moveBy(dx, 0).drop();
        return "TestFX drag of the thumb of #" + found[0] + " by " + dx + " px [real]";
    }

    private String testfxClick() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            List<ButtonBase> buttons = reachable(pressable());
            if (buttons.isEmpty()) {
                return null;
            }
            ButtonBase b = any(buttons);
            return new Object[] {b.getId(), b};
        });
        if (found == null) {
            return null;
        }
        clickOn((Node) found[1], MouseButton.PRIMARY);
        return "TestFX click on #" + found[0] + " [real]";
    }

    private String testfxWrite() throws Exception {
        prepareReal();
        Object[] found = fx(() -> {
            List<TextField> fields = reachable(controls(TextField.class));
            if (fields.isEmpty()) {
                return null;
            }
            TextField f = any(fields);
            String t = textFor(f.getId());
            return new Object[] {f.getId(), f, t.chars().allMatch(ch -> ch >= 32 && ch < 127) ? t : "0.25"};
        });
        if (found == null) {
            return null;
        }
        String text = (String) found[2];
        clickOn((Node) found[1], MouseButton.PRIMARY);
        push(KeyCode.CONTROL, KeyCode.A);
        if (!text.isEmpty()) {
            write(text, 0);
        }
        type(KeyCode.ENTER);
        return "TestFX write \"" + text + "\" into #" + found[0] + " + Enter [real]";
    }

    // The invariants (FX thread)

    /** Null when all is well, else every problem found. */
    private String inspect() {
        List<String> found = new ArrayList<>();
        Map<String, Node> byId = new LinkedHashMap<>();
        lastShown = walk();
        for (Node n : lastShown) {
            if (n.getId() != null) {
                byId.putIfAbsent(n.getId(), n);
            }
        }
        // a lesson step may hide controls on purpose (StepEffects): those are expected to be gone
        celab.lesson.GuideStep step = lab.guide().openProperty().get() ? window.guidePanelStep() : null;
        Set<String> hiddenByLesson = step == null ? Set.of() : Set.copyOf(step.spec().hidden());
        Check check = new Check(byId, lab.numbersHiddenProperty().get(), found, hiddenByLesson);
        distributions(found);
        switch (window.current().id()) {
            case "explorer" -> explorer(check);
            case "accuracy" -> accuracy(check);
            case "batch" -> batch(check);
            case "clipping" -> clippingScreen(check);
            case "logits" -> logits(check);
            default -> {
                // a screen this test does not know: the generic rules below still apply
            }
        }
        hiddenRule(check);
        if (window.errorMessage() != null) {
            found.add("an error banner is shown: " + window.errorMessage());
        }
        return found.isEmpty() ? null : String.join("\n  ", found);
    }

    /** Every row is a probability distribution: entries in [0, 1], sum 1 within 1e-9. */
    private void distributions(List<String> found) {
        row("explorer", lab.explorer().row().getPrediction().toArray(), SUM_TOLERANCE, found);
        row("comparison A", lab.comparison().a().getPrediction().toArray(), SUM_TOLERANCE, found);
        row("comparison B", lab.comparison().b().getPrediction().toArray(), SUM_TOLERANCE, found);
        BatchModel.State s = lab.batch().getState();
        for (int i = 0; i < s.size(); i++) {
            row("batch row " + i, s.rows().get(i).toArray(), SUM_TOLERANCE, found);
        }
        // softmax output: each probability is rounded to the precision, so float32 sums to 1 within ~C ulps
        double tol = lab.getPrecision() == Precision.FLOAT32 ? 1e-6 : SUM_TOLERANCE;
        row("softmax of the logits", lab.logits().getState().probabilities(), tol, found);
    }

    private static void row(String what, double[] p, double tolerance, List<String> found) {
        double sum = 0;
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                found.add(what + " has the entry " + v + ": " + java.util.Arrays.toString(p));
                return;
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > tolerance) {
            found.add(what + " sums to " + sum + " (off by " + (sum - 1) + "): " + java.util.Arrays.toString(p));
        }
    }

    // Independent recomputation through the core

    private double loss(double[] p, int target) {
        return CrossEntropy.evaluate(Matrix.of(p), new Targets.Indices(new int[] {target}), lab.getClipping(),
                lab.getPrecision()).loss(0);
    }

    private LossResult batchResult(List<double[]> rows, int[] targets) {
        return CrossEntropy.evaluate(Matrix.of(rows.toArray(double[][]::new)), new Targets.Indices(targets),
                lab.getClipping(), lab.getPrecision());
    }

    /** What a loss readout must say: the formatted value, or "?" while numbers are hidden. */
    /** A loss as the readouts show it: in the lab's unit (nats or bits). */
    private String shown(Check c, double loss) {
        return c.hidden ? "?" : Numbers.format(lab.getLogBase().fromNats(loss));
    }

    /** A loss where the screen spells out the natural-log computation itself (NumPy/PyTorch steps). */
    private static String nats(Check c, double loss) {
        return c.hidden ? "?" : Numbers.format(loss);
    }

    private void explorer(Check c) {
        PredictionModel row = lab.explorer().row();
        double[] p = row.getPrediction().toArray();
        int t = row.getTarget();
        double l = loss(p, t);
        c.text("loss", shown(c, l));
        c.text("p-true", Numbers.format(p[t], 4));
        c.endsWith("formula-reduced", " = " + shown(c, l));
        c.text("target-index", "index = " + t);
        c.spinner("class-count", p.length);
        editor(c, "", p);
        picker(c, "target-", p.length, t);
        picker(c, "onehot-", p.length, -1);
        for (int k = 0; k < p.length; k++) {
            c.field("name-" + k, lab.classNames().get(k));
        }
    }

    /** Exactly the true class's toggle is selected; and there is one per class (t = −1: not toggles). */
    private static void picker(Check c, String prefix, int classes, int t) {
        for (int k = 0; k < classes; k++) {
            if (t >= 0) {
                c.selected(prefix + k, k == t);
            } else {
                c.node(prefix + k);
            }
        }
        c.absent(prefix + classes);
    }

    /** The editor's sliders and fields show the row (a field holding refused input keeps it). */
    private void editor(Check c, String prefix, double[] p) {
        for (int k = 0; k < p.length; k++) {
            c.slider(prefix + "prob-" + k, p[k]);
            c.field(prefix + "prob-field-" + k, Numbers.format(p[k], 3));
        }
        c.absent(prefix + "prob-" + p.length);
    }

    private void accuracy(Check c) {
        double[] a = lab.comparison().a().getPrediction().toArray();
        double[] b = lab.comparison().b().getPrediction().toArray();
        int t = lab.comparison().targetProperty().get();
        if (lab.comparison().a().getTarget() != t || lab.comparison().b().getTarget() != t) {
            c.found.add("A and B are not judged against the one shared target " + t);
        }
        double la = loss(a, t);
        double lb = loss(b, t);
        c.text("a-loss", shown(c, la));
        c.text("b-loss", shown(c, lb));
        c.text("a-p-true", Numbers.format(a[t], 4));
        c.text("b-p-true", Numbers.format(b[t], 4));
        c.matches("ab-loss", "loss \\(" + lab.getLogBase().unit() + "\\):\\s+" + Pattern.quote(shown(c, la)) + " vs " + Pattern.quote(shown(c, lb)));
        if (!c.hidden && la != lb && Double.isFinite(la) && Double.isFinite(lb)) {
            c.contains("ab-ratio", "(" + Numbers.format(lab.getLogBase().fromNats(Math.abs(la - lb))) + " more)");
        }
        for (String id : List.of("challenge-1", "challenge-2")) {
            String text = c.labelText(id);
            if (text != null && text.startsWith("Found it!")) {
                if (c.hidden) {
                    c.contains(id, "?");
                } else {
                    c.contains(id, Numbers.format(lab.getLogBase().fromNats(la)));
                    c.contains(id, Numbers.format(lab.getLogBase().fromNats(lb)));
                }
            }
        }
        editor(c, "a-", a);
        editor(c, "b-", b);
        picker(c, "target-", 3, t);
    }

    private void batch(Check c) {
        BatchModel.State s = lab.batch().getState();
        List<double[]> rows = s.rows().stream().map(d -> d.toArray()).collect(Collectors.toList());
        int[] targets = s.targets().stream().mapToInt(Integer::intValue).toArray();
        LossResult r = batchResult(rows, targets);
        for (int i = 0; i < rows.size(); i++) {
            c.text("batch-loss-" + i, shown(c, r.loss(i)));
            for (int k = 0; k < s.classes(); k++) {
                c.field("batch-p-" + i + "-" + k, Numbers.format(rows.get(i)[k], 3));
            }
        }
        c.absent("batch-loss-" + rows.size());
        c.text("batch-mean", c.hidden ? "?" : Numbers.format(lab.getLogBase().fromNats(r.mean()), 8));
        c.text("batch-mean-short", shown(c, r.mean()));
        c.text("batch-picking-mean", nats(c, r.mean()));
        c.text("batch-n", String.valueOf(rows.size()));
        if (c.hidden) {
            c.text("batch-neglog", "−log → [?]");
        } else {
            c.text("batch-neglog", "−log → " + java.util.Arrays.stream(r.perSample()).mapToObj(RandomInteractionFxTest::compact)
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        c.startsWith("batch-accuracy", Numbers.percent(r.accuracy()) + " ");
        c.selected("batch-form-indices", s.form() == BatchModel.TargetForm.INDICES);
        c.selected("batch-form-onehot", s.form() == BatchModel.TargetForm.ONE_HOT);
        c.selected("batch-clipping", lab.getClipping().enabled());
        for (int i = 0; i < rows.size(); i++) {
            if (s.form() == BatchModel.TargetForm.INDICES) {
                if (c.node("batch-target-" + i) instanceof ComboBox<?> box && !Integer.valueOf(targets[i]).equals(box.getValue())) {
                    c.found.add("#batch-target-" + i + " shows " + box.getValue() + ", the target is " + targets[i]);
                }
            } else {
                for (int k = 0; k < s.classes(); k++) {
                    c.text("batch-onehot-" + i + "-" + k, k == targets[i] ? "1" : "0");
                }
            }
        }
    }

    /** A loss as the picking view lists it: 4 significant digits without trailing zeros. */
    private static String compact(double x) {
        String s = Numbers.format(x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + (e < 0 ? "" : s.substring(e));
    }

    private void clippingScreen(Check c) {
        double zero = loss(new double[] {0, 0.5, 0.5}, 0);
        double one = loss(new double[] {1, 0, 0}, 0);
        double above = loss(new double[] {ClippingModel.ABOVE_ONE, 0, 0}, 0);
        List<double[]> seed = java.util.Arrays.stream(ClippingModel.SEED_BATCH).map(double[]::clone)
                .collect(Collectors.toList());
        int[] targets = ClippingModel.SEED_TARGETS.clone();
        int k = lab.clippingLab().poisonedSampleProperty().get();
        List<double[]> poisoned = new ArrayList<>(seed);
        poisoned.set(k, celab.core.Distribution.of(seed.get(k)).with(targets[k], 0.0).toArray());
        c.text("clip-cap", shown(c, zero));
        c.text("clip-zero-loss", shown(c, zero));
        c.text("clip-floor", shown(c, one));
        c.text("clip-above-loss", shown(c, above));
        c.text("clip-batch-mean", shown(c, batchResult(poisoned, targets).mean()));
        c.contains("clip-batch-mean-note", "without the zero: " + shown(c, batchResult(seed, targets).mean()));
        double eps = lab.getClipping().epsilon();
        c.field("clip-eps-field", Numbers.format(eps, 3));
        // the model keeps ε = 10^x rounded to 3 significant digits: log10(1.005) off at most
        c.slider("clip-eps-slider", Math.log10(eps), Math.log10(1.005));
        c.selected("clip-enabled", lab.getClipping().enabled());
        c.selected("clip-float32", lab.getPrecision() == Precision.FLOAT32);
        c.selected("clip-float64", lab.getPrecision() == Precision.FLOAT64);
        picker(c, "clip-poison-", ClippingModel.SEED_BATCH.length, k);
    }

    private void logits(Check c) {
        LabState.Logits s = lab.logits().snapshot();
        double[][] z = s.logits().stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        int[] targets = s.targets().stream().mapToInt(Integer::intValue).toArray();
        int sel = s.selected();
        Precision precision = lab.getPrecision();
        LossResult r = CrossEntropy.evaluateLogits(Matrix.of(z), new Targets.Indices(targets), precision);
        double naive = SoftmaxSteps.naive(z[sel], targets[sel], precision).loss();
        c.text("logit-loss", shown(c, r.loss(sel)));
        c.text("naive-loss", shown(c, naive));
        c.text("stable-step-loss", "log Σ − (zₜ − max) = " + nats(c, r.loss(sel)));
        c.text("naive-step-loss", "−log p = " + nats(c, naive));
        if (s.example()) {
            for (int i = 0; i < z.length; i++) {
                c.text("example-loss-" + i, nats(c, r.loss(i)));
            }
            c.text("example-mean", nats(c, r.mean()));
            picker(c, "example-row-", z.length, sel);
        } else {
            c.absent("example-mean");
        }
        for (int k = 0; k < z[sel].length; k++) {
            double limit = celab.model.LogitsModel.SLIDER_LIMIT;
            // the model keeps the slider's value rounded to 0.01
            c.slider("logit-" + k, Math.max(-limit, Math.min(limit, z[sel][k])), 0.005 + 1e-9);
            c.field("logit-field-" + k, Numbers.format(z[sel][k], 4));
        }
        c.absent("logit-" + z[sel].length);
        c.spinner("logit-class-count", z[sel].length);
        c.selected("precision-float32", precision == Precision.FLOAT32);
        c.selected("precision-float64", precision == Precision.FLOAT64);
        picker(c, "logit-target-", z[sel].length, targets[sel]);
    }

    /** Java's own spelling of a number ("Infinity", "1.0E-7") where the formatter's should be. */
    private static final Pattern JAVA_NUMBER = Pattern.compile(".*(Infinity|\\d\\.\\d*E-?\\d).*", Pattern.DOTALL);

    /**
     * On any screen, known or not: every number is spelled by the formatter, and while numbers are
     * hidden no loss readout shows one.
     */
    private void hiddenRule(Check c) {
        for (Map.Entry<String, Node> e : c.byId.entrySet()) {
            if (e.getValue() instanceof Label l && l.getText() != null) {
                String text = l.getText().replaceAll("“[^”]*”", ""); // what the user typed, quoted back
                for (String name : lab.classNames()) {
                    text = text.replace(name, ""); // a class may be named "Infinity"
                }
                if (JAVA_NUMBER.matcher(text).matches()) {
                    c.found.add("#" + e.getKey() + " spells a number as Java does: \"" + l.getText() + "\"");
                }
            }
        }
        if (!c.hidden) {
            return;
        }
        for (Map.Entry<String, Node> e : c.byId.entrySet()) {
            if (e.getValue() instanceof Label l && LOSS_ID.matcher(e.getKey()).matches()) {
                String text = l.getText();
                if (text == null || !text.contains("?") || text.matches(".*[0-9∞].*") || text.contains("NaN")) {
                    c.found.add("#" + e.getKey() + " shows \"" + text + "\" while numbers are hidden");
                }
            }
        }
    }

    /** Looks up shown nodes by id and records what differs from the expected. */
    private static final class Check {
        final Map<String, Node> byId;
        final boolean hidden;
        final List<String> found;
        final Set<String> hiddenByLesson;

        Check(Map<String, Node> byId, boolean hidden, List<String> found, Set<String> hiddenByLesson) {
            this.byId = byId;
            this.hidden = hidden;
            this.found = found;
            this.hiddenByLesson = hiddenByLesson;
        }

        Node node(String id) {
            Node n = byId.get(id);
            if (n == null && !hiddenByLesson.contains(id)) {
                found.add("#" + id + " is not shown");
            }
            return n;
        }

        String labelText(String id) {
            Node n = byId.get(id);
            if (n instanceof javafx.scene.control.Labeled l) {
                return l.getText();
            }
            if (n instanceof TextFlow flow) {
                return flow.getChildren().stream().map(t -> t instanceof Text x ? x.getText() : "")
                        .collect(Collectors.joining());
            }
            return null;
        }

        private String textOf(String id) {
            if (node(id) == null) {
                return null;
            }
            String text = labelText(id);
            if (text == null) {
                found.add("#" + id + " is a " + byId.get(id).getClass().getSimpleName() + ", not a label");
            }
            return text;
        }

        void text(String id, String expected) {
            String text = textOf(id);
            if (text != null && !text.equals(expected)) {
                found.add("#" + id + " shows \"" + text + "\", expected \"" + expected + "\"");
            }
        }

        void startsWith(String id, String expected) {
            String text = textOf(id);
            if (text != null && !text.startsWith(expected)) {
                found.add("#" + id + " shows \"" + text + "\", expected it to start with \"" + expected + "\"");
            }
        }

        void endsWith(String id, String expected) {
            String text = textOf(id);
            if (text != null && !text.endsWith(expected)) {
                found.add("#" + id + " shows \"" + text + "\", expected it to end with \"" + expected + "\"");
            }
        }

        void contains(String id, String expected) {
            String text = textOf(id);
            if (text != null && !text.contains(expected)) {
                found.add("#" + id + " shows \"" + text + "\", expected it to contain \"" + expected + "\"");
            }
        }

        void matches(String id, String regex) {
            String text = textOf(id);
            if (text != null && !text.matches(regex)) {
                found.add("#" + id + " shows \"" + text + "\", expected /" + regex + "/");
            }
        }

        void absent(String id) {
            if (byId.containsKey(id)) {
                found.add("#" + id + " is shown but should not exist");
            }
        }

        void slider(String id, double expected) {
            slider(id, expected, 0);
        }

        /** Within the rounding the control applies (the model keeps a rounded value of the slider's). */
        void slider(String id, double expected, double tolerance) {
            if (node(id) instanceof Slider s && !(Math.abs(s.getValue() - expected) <= tolerance)) {
                found.add("slider #" + id + " is at " + s.getValue() + ", the model holds " + expected);
            }
        }

        /** A field shows the value unless it holds refused input, which it keeps, marked invalid. */
        void field(String id, String expected) {
            if (node(id) instanceof TextField f && !f.getStyleClass().contains("invalid")
                    && !f.getText().equals(expected)) {
                found.add("field #" + id + " shows \"" + f.getText() + "\", the model holds " + expected);
            }
        }

        void spinner(String id, int expected) {
            if (node(id) instanceof Spinner<?> s && !Integer.valueOf(expected).equals(s.getValue())) {
                found.add("spinner #" + id + " shows " + s.getValue() + ", the model has " + expected);
            }
        }

        void selected(String id, boolean expected) {
            Node n = node(id);
            boolean on = n instanceof javafx.scene.control.Toggle t ? t.isSelected()
                    : n instanceof javafx.scene.control.CheckBox b && b.isSelected();
            if (n != null && on != expected) {
                found.add("#" + id + " is " + (on ? "" : "not ") + "selected, expected " + (expected ? "" : "not ")
                        + "selected");
            }
        }
    }
}
