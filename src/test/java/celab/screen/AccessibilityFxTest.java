package celab.screen;

import celab.lesson.GuideStep;
import celab.lesson.GuidedPath;
import celab.io.lesson.Lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.model.Lab;
import celab.plot.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard and screen-reader checks on every screen of the catalog: Tab reaches every control,
 * the arrow keys move every slider (Shift: a finer step), and every slider and readout value
 * carries accessible text that says its current value.
 */
class AccessibilityFxTest extends ApplicationTest {
    /** The control types a keyboard user must be able to reach. */
    private static final List<Class<? extends Node>> CONTROLS = List.of(Slider.class, TextField.class, Button.class,
            ToggleButton.class, ComboBox.class, CheckBox.class, RadioButton.class, Spinner.class);
    /** A number as the lab writes it: 0.600, -3, 1.00e-7. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?");
    /** The words and numbers of a visible text; symbols such as ✔ or ★ are left out. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*");

    private Lab lab;
    private LabWindow window;
    private Scene scene;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        scene = window.createScene(1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    static Stream<String> screens() {
        return ScreenCatalog.all().stream().map(Screen::id);
    }

    private void open(String screen) {
        interact(() -> assertTrue(window.show(screen), screen));
        WaitForAsyncUtils.waitForFxEvents();
    }

    // Reachable

    /**
     * Tab from the header round the whole window. A group of toggles (the screens, the true
     * class, float64/float32) is one stop for Tab, as for radio buttons, at its selected toggle;
     * the arrow keys then move through the group, so on landing there the walk also presses →
     * as often as the group has toggles. Controls are matched by id, since some screens rebuild
     * a control when a neighbour loses focus.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void tabReachesEveryEnabledVisibleControl(String screen) {
        open(screen);
        assertKeyboardReachesEverything(screen);
    }

    /** The guided lesson panel, for a task, a typed answer and a multiple choice. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("guideKinds")
    void tabReachesTheGuidedLessonToo(String kind) {
        List<GuideStep> steps = GuidedPath.steps();
        int step = -1;
        for (int i = 0; i < steps.size() && step < 0; i++) {
            GuideStep s = steps.get(i);
            boolean match = switch (kind) {
                case "task" -> s.task() != null;
                case "typed answer" -> s.question() instanceof Lesson.Numeric;
                default -> s.question() instanceof Lesson.Choice;
            };
            step = match ? i : -1;
        }
        assertTrue(step >= 0, "the guided path has a " + kind + " step");
        int chosen = step;
        interact(() -> {
            lab.guide().stepProperty().set(chosen);
            lab.guide().openProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(lookup("#guide-next").tryQuery().orElse(null), "the guide is open");
        assertKeyboardReachesEverything("guide, " + kind);
    }

    static Stream<String> guideKinds() {
        return Stream.of("task", "typed answer", "choice");
    }

    private void assertKeyboardReachesEverything(String screen) {
        List<String> expected = controls().stream().map(AccessibilityFxTest::key).distinct().collect(Collectors.toList());
        assertFalse(expected.isEmpty(), "no controls found on " + screen);
        interact(() -> lookup("#reset").query().requestFocus());
        Set<String> reached = new LinkedHashSet<>();
        Set<ToggleGroup> walked = new HashSet<>();
        int budget = expected.size() * 2 + 30;
        for (int i = 0; i < budget && !reached.containsAll(expected); i++) {
            push(KeyCode.TAB);
            note(reached);
            if (scene.getFocusOwner() instanceof ToggleButton t && t.getToggleGroup() != null
                    && walked.add(t.getToggleGroup())) {
                for (int k = 0; k < t.getToggleGroup().getToggles().size(); k++) {
                    push(KeyCode.RIGHT);
                    note(reached);
                }
            }
        }
        List<String> missed = expected.stream().filter(n -> !reached.contains(n)).collect(Collectors.toList());
        assertTrue(missed.isEmpty(), screen + ": the keyboard never reached " + missed);
    }

    /** Records the control that holds the focus now (a Spinner holds its editor). */
    private void note(Set<String> reached) {
        List<Node> now = controls();
        for (Node a = scene.getFocusOwner(); a != null; a = a.getParent()) {
            if (now.contains(a)) {
                reached.add(key(a));
                return;
            }
        }
    }

    private static String key(Node n) {
        return n.getId() != null ? "#" + n.getId() : describe(n) + "@" + System.identityHashCode(n);
    }

    @Test
    void tabWalksTheExplorerEditorRowByRow() {
        open("explorer");
        interact(() -> lookup("#class-count").query().requestFocus());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            push(KeyCode.TAB);
            ids.add(scene.getFocusOwner().getId());
        }
        assertEquals(List.of("name-0", "prob-0", "prob-field-0", "name-1", "prob-1", "prob-field-1",
                "name-2", "prob-2", "prob-field-2"), ids);
    }

    // Operable

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void arrowKeysMoveEverySliderAndShiftMovesItLess(String screen) {
        open(screen);
        List<Slider> sliders = sliders();
        for (Slider s : sliders) {
            interact(s::requestFocus);
            assertTrue(s.isFocused(), describe(s) + " takes focus");
            double before = s.getValue();
            KeyCode dir = before + 2 * s.getBlockIncrement() <= s.getMax() ? KeyCode.RIGHT : KeyCode.LEFT;
            push(dir);
            double coarse = Math.abs(s.getValue() - before);
            double mid = s.getValue();
            press(KeyCode.SHIFT).type(dir).release(KeyCode.SHIFT);
            double fine = Math.abs(s.getValue() - mid);
            assertTrue(coarse > 0, screen + ": " + describe(s) + " did not move with " + dir);
            assertTrue(fine > 0, screen + ": " + describe(s) + " did not move with Shift+" + dir);
            assertTrue(fine < coarse / 2, screen + ": " + describe(s) + " Shift step " + fine
                    + " is not finer than the plain step " + coarse);
            assertEquals(s.getBlockIncrement(), coarse, s.getBlockIncrement() * 0.1,
                    screen + ": " + describe(s) + " plain step is the block increment");
        }
    }

    // Perceivable

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void slidersSayTheirValueAsTheyMove(String screen) {
        open(screen);
        for (Slider s : sliders()) {
            assertMentionsValue(screen, s);
            String before = s.getAccessibleText();
            interact(s::requestFocus);
            push(s.getValue() + 2 * s.getBlockIncrement() <= s.getMax() ? KeyCode.RIGHT : KeyCode.LEFT);
            assertNotEquals(before, s.getAccessibleText(), screen + ": " + describe(s) + " kept its old text");
            assertMentionsValue(screen, s);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void readoutValuesCarryTheirTextAndHideWhatIsHidden(String screen) {
        open(screen);
        List<Label> values = readoutValues();
        assertFalse(values.isEmpty(), screen + " has readouts");
        values.forEach(l -> assertReadout(screen, l));
        for (Node n : controls()) {
            if (n instanceof Spinner<?> spinner) {
                assertTrue(String.valueOf(spinner.getAccessibleText()).contains(String.valueOf(spinner.getValue())),
                        screen + ": " + describe(spinner) + " says \"" + spinner.getAccessibleText() + "\"");
            }
        }

        interact(() -> lab.numbersHiddenProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        values = readoutValues();
        assertTrue(values.stream().anyMatch(l -> "?".equals(l.getText())), screen + ": some loss hides");
        values.forEach(l -> assertReadout(screen, l));
        for (Slider s : sliders()) {
            String text = s.getAccessibleText();
            assertFalse(Pattern.compile("loss -?[\\d∞]").matcher(text).find(),
                    screen + ": " + describe(s) + " tells the hidden loss: " + text);
        }
    }

    // Helpers

    private static void assertMentionsValue(String screen, Slider s) {
        String text = s.getAccessibleText();
        assertNotNull(text, screen + ": " + describe(s) + " has no accessible text");
        double v = s.getValue();
        double tolerance = 0.005 * Math.max(Math.abs(v), 1e-3) + 1e-12;
        Matcher m = NUMBER.matcher(text);
        boolean found = false;
        while (m.find() && !found) {
            double x = Double.parseDouble(m.group());
            // a log-scale slider (ε) holds the exponent and says the number itself
            found = Math.abs(x - v) <= tolerance || (x > 0 && Math.abs(Math.log10(x) - v) <= 0.005);
        }
        assertTrue(found, screen + ": " + describe(s) + " at " + v + " says \"" + text + "\"");
    }

    private static void assertReadout(String screen, Label l) {
        String text = l.getAccessibleText();
        assertTrue(text != null && !text.isBlank(), screen + ": readout " + l.getId() + " has no accessible text");
        if ("?".equals(l.getText())) {
            assertTrue(text.contains("hidden"), screen + ": hidden readout " + l.getId() + " says \"" + text + "\"");
            return;
        }
        Matcher m = TOKEN.matcher(l.getText());
        int tokens = 0;
        while (m.find()) {
            tokens++;
            assertTrue(text.contains(m.group()), screen + ": readout " + l.getId() + " shows \"" + l.getText()
                    + "\" but says \"" + text + "\" (no \"" + m.group() + "\")");
        }
        assertTrue(tokens > 0, screen + ": readout " + l.getId() + " shows no value: \"" + l.getText() + "\"");
    }

    private List<Node> controls() {
        List<Node> out = new ArrayList<>();
        collect(scene.getRoot(), out);
        return out;
    }

    private List<Slider> sliders() {
        return controls().stream().filter(Slider.class::isInstance).map(Slider.class::cast).collect(Collectors.toList());
    }

    private List<Label> readoutValues() {
        return lookup(".readout-value").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() == scene && shown(l)).collect(Collectors.toList());
    }

    /** Enabled, shown controls; the parts inside a Spinner or ComboBox count as the control itself. */
    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if (CONTROLS.stream().anyMatch(c -> c.isInstance(n))) {
            if (!n.isDisabled()) {
                out.add(n);
            }
            if (n instanceof Spinner<?> || n instanceof ComboBox<?>) {
                return;
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (!a.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + text;
    }
}
