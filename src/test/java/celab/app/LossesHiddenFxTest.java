package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.LossResult;
import celab.model.Lab;
import celab.plot.CanvasPlot;
import celab.plot.GradientBars;
import celab.plot.LogitScale;
import celab.plot.ProbabilityBars;
import celab.plot.SpiralPlot;
import celab.plot.SumGauge;
import celab.plot.Theme;
import celab.screen.Screen;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Predict, then reveal: with the losses hidden, no text a person can see holds a loss value: not
 * a readout, a menu item, the status line, a tooltip or the guide; and every plot that draws
 * losses has been told to hide its numbers.
 */
class LossesHiddenFxTest extends ApplicationTest {
    /** Plots that draw no loss (probabilities, logits, gradients, the data plane). */
    private static final Set<Class<?>> NO_LOSS_PLOTS = Set.of(ProbabilityBars.class, LogitScale.class,
            GradientBars.class, SpiralPlot.class, SumGauge.class);

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(?<![\\w.\\-−])(\\d+\\.\\d+)");

    private Lab lab;
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        window.session().autosaveTo(null);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    /** Every loss the lab holds now, spelt with 3 to 8 significant digits or decimals. */
    private Set<String> lossTexts() {
        List<Double> losses = new ArrayList<>();
        addAll(losses, lab.explorer().row().getResult());
        losses.add(lab.comparison().getComparison().loss(0));
        losses.add(lab.comparison().getComparison().loss(1));
        addAll(losses, lab.batch().getResult());
        addAll(losses, lab.clippingLab().batchProperty().get());
        addAll(losses, lab.clippingLab().poisonedProperty().get());
        losses.add(lab.clippingLab().cap());
        losses.add(lab.logits().getState().loss());
        addAll(losses, lab.logits().getState().batch());
        losses.add(lab.spiral().getSnapshot().loss());
        losses.add(lab.spiral().uniformLoss());
        // the bundled examples' losses, which menu items used to name
        losses.addAll(List.of(0.38506088, 0.5108256, 1.0216512, 1.4411566));
        Set<String> out = new LinkedHashSet<>();
        for (double v : losses) {
            if (!Double.isFinite(v) || Math.abs(v) < 1e-3) {
                continue;
            }
            for (int d = 3; d <= 8; d++) {
                out.add(String.format(Locale.ROOT, "%." + d + "f", v));
                out.add(new BigDecimal(v).round(new MathContext(d)).toPlainString());
            }
        }
        out.removeIf(s -> s.replace("0.", "").replace(".", "").length() < 3);
        return out;
    }

    private static void addAll(List<Double> to, LossResult r) {
        for (double v : r.perSample()) {
            to.add(v);
        }
        to.add(r.mean());
    }

    /** The texts a person can see: labels, texts, fields, tooltips, and every menu item. */
    private List<String> visibleTexts() {
        List<String> out = new ArrayList<>();
        walk(window.root(), out);
        return out;
    }

    private void walk(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        String where = n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
        if (n instanceof Labeled l) {
            out.add(where + ": " + l.getText());
        } else if (n instanceof Text t) {
            out.add(where + ": " + t.getText());
        } else if (n instanceof TextInputControl t) {
            out.add(where + ": " + t.getText());
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            out.add(where + " tooltip: " + c.getTooltip().getText());
        }
        if (n instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                menu(m, out);
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private static void menu(MenuItem item, List<String> out) {
        out.add("menu item: " + item.getText());
        if (item instanceof Menu m) {
            for (MenuItem i : m.getItems()) {
                menu(i, out);
            }
        }
    }

    private List<String> leaks() {
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> losses = lossTexts();
        List<String> found = new ArrayList<>();
        for (String text : visibleTexts()) {
            // compare whole numbers: 1.105 (an exponential) is not the loss 1.10; a loss is never negative
            java.util.regex.Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                if (losses.contains(m.group(1))) {
                    found.add(window.current().id() + ": " + text + "  ← " + m.group(1));
                    break;
                }
            }
        }
        List<Node> plots = new ArrayList<>(lookup(n -> n instanceof CanvasPlot && !NO_LOSS_PLOTS.contains(n.getClass())
                && n.getScene() != null).queryAll());
        for (Node p : plots) {
            if (!((CanvasPlot) p).numbersHidden()) {
                found.add(window.current().id() + ": plot " + p.getClass().getSimpleName() + "#" + p.getId()
                        + " was not told to hide its numbers");
            }
        }
        return found;
    }

    @Test
    void noScreenShowsALossWhileTheyAreHidden() {
        List<String> found = new ArrayList<>();
        interact(() -> window.actions().fire("hide-losses"));
        for (Screen s : window.screens()) {
            interact(() -> window.show(s));
            found.addAll(leaks());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void openingAnExampleNamesNoLossInTheMenuOrTheStatusLine() {
        List<String> found = new ArrayList<>();
        interact(() -> window.actions().fire("hide-losses"));
        for (Session.Example ex : Session.EXAMPLES) {
            interact(() -> window.session().openExample(ex));
            found.addAll(leaks());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theGuideSaysTheLossInsteadOfItsValue() {
        List<String> found = new ArrayList<>();
        interact(() -> window.actions().fire("hide-losses"));
        interact(window::toggleGuide);
        for (int i = 0; i < 40 && found.size() < 20; i++) {
            found.addAll(leaks());
            int before = lab.guide().stepProperty().get();
            interact(window::next);
            if (lab.guide().stepProperty().get() == before) {
                break;
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theTestSeesLossesWhenTheyAreShown() {
        // the check itself must be able to fail: with the losses shown it finds them
        assertTrue(leaks().stream().anyMatch(s -> s.contains("0.3567")), "the explorer's loss is found");
    }
}
