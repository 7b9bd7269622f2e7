package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.model.Lab;
import celab.model.LabState;
import celab.plot.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

class SessionFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;
    private Theme theme;

    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        theme = new Theme();
        window = new LabWindow(lab, theme);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void saveThenOpenGivesTheSameState() throws Exception {
        interact(() -> {
            lab.explorer().row().setClassCount(5);
            lab.explorer().row().setProbability(3, 0.45);
            lab.explorer().row().setTarget(4);
            lab.clippingProperty().set(new Clipping(false, 1e-5));
            lab.rename(0, "wolf");
            lab.comparison().a().setProbability(0, 0.5);
        });
        LabState saved = lab.snapshot();
        Path file = dir.resolve("mine.celab.json");
        AtomicReference<Boolean> ok = new AtomicReference<>();
        interact(() -> ok.set(window.session().save(file)));
        assertTrue(ok.get());
        assertTrue(Files.readString(file).contains("\"version\" : 1"));
        interact(() -> {
            lab.explorer().reset();
            lab.resetNumerics();
            lab.resetNames();
        });
        assertNotEquals(saved, lab.snapshot());
        AtomicReference<String> error = new AtomicReference<>("not run");
        interact(() -> error.set(window.session().open(file)));
        assertNull(error.get());
        assertEquals(saved, lab.snapshot());
        assertEquals("wolf", lab.classNames().get(0));
    }

    @Test
    void badFilesKeepTheCurrentStateAndSayWhatIsWrong() throws Exception {
        interact(() -> lab.explorer().row().setProbability(0, 0.55));
        LabState before = lab.snapshot();
        String[][] cases = {
            {"truncated.celab.json", "{\"format\":\"cross-entropy-lab\",\"version\":1,\"state\":{\"explorer\":{\"predic",
                "truncated.celab.json:1:"},
            {"future.celab.json", "{\"format\":\"cross-entropy-lab\",\"version\":7,\"state\":{}}",
                "format version 7 is not supported"},
            {"other.celab.json", "{\"name\":\"something else\"}", "not a Cross-Entropy Lab scenario"},
            {"empty.celab.json", "   \n", "the file is empty"},
            {"badvalue.celab.json", "{\"format\":\"cross-entropy-lab\",\"version\":1,\"state\":"
                + "{\"explorer\":{\"prediction\":[0.5,0.5],\"target\":5}}}", "target 5 is out of range [0, 2)"},
            {"badtype.celab.json", "{\"format\":\"cross-entropy-lab\",\"version\":1,\"state\":"
                + "{\"explorer\":{\"prediction\":\"lots\",\"target\":0}}}", "badtype.celab.json: a value in \"state\""},
        };
        for (String[] c : cases) {
            Path file = dir.resolve(c[0]);
            Files.writeString(file, c[1]);
            AtomicReference<String> error = new AtomicReference<>();
            interact(() -> error.set(window.session().open(file)));
            assertTrue(error.get() != null && error.get().contains(c[2]), c[0] + " → " + error.get());
            assertEquals(before, lab.snapshot(), c[0] + " left the state untouched");
            assertTrue(window.errorMessage().contains(c[2]), "banner shows " + c[0]);
        }
        AtomicReference<String> error = new AtomicReference<>();
        interact(() -> error.set(window.session().open(dir.resolve("missing.celab.json"))));
        assertEquals("missing.celab.json: no such file", error.get());
    }

    @Test
    void examplesOpenAndSetTheirScreen() {
        for (Session.Example ex : Session.EXAMPLES) {
            AtomicReference<String> error = new AtomicReference<>("not run");
            interact(() -> error.set(window.session().openExample(ex)));
            assertNull(error.get(), ex.file());
        }
        interact(() -> window.session().openExample(Session.EXAMPLES.get(0)));
        assertEquals("batch", window.current().id());
        assertEquals(0.38506088005216804, lab.batch().getResult().mean(), 1e-15);
        interact(() -> window.session().openExample(Session.EXAMPLES.get(4)));
        assertEquals("logits", window.current().id());
        assertEquals(1.4411566, lab.logits().getState().batch().mean(), 1e-6);
        AtomicReference<String> error = new AtomicReference<>();
        interact(() -> error.set(window.session().openExample(Session.EXAMPLES.get(1))));
        assertNull(error.get());
        assertEquals("accuracy", window.current().id());
        assertEquals(0.6, lab.comparison().a().getPrediction().get(1), 1e-12);
    }

    @Test
    void undoAndRedoStepBackAndForthOneGestureAtATime() {
        Slider dog = lookup("#prob-0").queryAs(Slider.class);
        Bounds b = dog.localToScreen(dog.getBoundsInLocal());
        drag(b.getMinX() + b.getWidth() * 0.7, b.getCenterY()).moveTo(b.getMinX() + b.getWidth() * 0.3, b.getCenterY())
                .moveTo(b.getMinX() + b.getWidth() * 0.2, b.getCenterY()).release(MouseButton.PRIMARY);
        double afterDrag = lab.explorer().row().getPrediction().get(0);
        assertTrue(afterDrag < 0.4);
        clickOn("#target-2");
        assertEquals(2, lab.explorer().row().getTarget());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0, lab.explorer().row().getTarget(), "undo the target pick");
        assertEquals(afterDrag, lab.explorer().row().getPrediction().get(0), 1e-12, "the drag stays");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0.7, lab.explorer().row().getPrediction().get(0), 1e-12, "the whole drag is one step");
        assertEquals("0.3567", text("#loss"));
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(afterDrag, lab.explorer().row().getPrediction().get(0), 1e-12, "redo the drag");
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(2, lab.explorer().row().getTarget(), "redo the pick");
    }

    @Test
    void exportWritesAPngOfTheScreenAtOneAndTwoTimes() throws Exception {
        Path one = dir.resolve("screen.png");
        Path two = dir.resolve("screen@2x.png");
        AtomicReference<double[]> size = new AtomicReference<>();
        interact(() -> {
            try {
                Node content = window.root().lookup(".content");
                size.set(new double[] {content.getLayoutBounds().getWidth(), content.getLayoutBounds().getHeight()});
                window.export().png(one, 1);
                window.export().png(two, 2);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(Math.round(size.get()[0]), a.getWidth(), 1.0);
        assertEquals(Math.round(size.get()[1]), a.getHeight(), 1.0);
        assertEquals(2 * a.getWidth(), b.getWidth(), 2.0);
        assertEquals(2 * a.getHeight(), b.getHeight(), 2.0);
        assertTrue(a.getWidth() > 800 && a.getHeight() > 500, "the screen, not a fragment");
    }

    @Test
    void zoomChangesTheFontSize() {
        Label title = lookup("#screen-title").queryAs(Label.class);
        double before = title.getFont().getSize();
        press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.5, theme.getZoom(), 1e-9);
        assertEquals(before * 1.5, title.getFont().getSize(), 0.2);
        assertEquals("150%", text("#zoom-level"));
        for (int i = 0; i < 10; i++) {
            press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        assertEquals(2.5, theme.getZoom(), 1e-9, "at most 250%");
        press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(before, title.getFont().getSize(), 0.01);
    }

    @Test
    void predictThenRevealHidesEveryLossNumber() {
        type(KeyCode.F2);
        assertTrue(lab.numbersHiddenProperty().get());
        assertEquals("?", text("#loss"));
        for (Node n : lookup(".f-result").queryAll()) {
            assertEquals("?", ((Text) n).getText());
        }
        assertFalse(allText().contains("0.3567"), "no loss number anywhere on screen");
        assertTrue(allText().contains("0.7000"), "probabilities stay visible");
        type(KeyCode.F2);
        assertEquals("0.3567", text("#loss"));
    }

    private String allText() {
        StringBuilder sb = new StringBuilder();
        for (Node n : lookup(node -> node instanceof Label || node instanceof Text).queryAll()) {
            if (n.isVisible()) {
                sb.append(n instanceof Label l ? l.getText() : ((Text) n).getText()).append('\n');
            }
        }
        return sb.toString();
    }
}
