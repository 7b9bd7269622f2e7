package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.model.Lab;
import celab.plot.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The action registry drives menus, keys, the sheet and the clicker; keys work where they should. */
class ActionsFxTest extends ApplicationTest {
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

    private List<MenuItem> menuItems() {
        MenuBar bar = lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, out);
        }
        return out;
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, out);
            } else if (i.getId() != null) {
                out.add(i);
            }
        }
    }

    @Test
    void menusAndSheetComeFromTheRegistry() {
        ActionRegistry actions = window.actions();
        Set<String> inMenus = new HashSet<>();
        for (MenuItem item : menuItems()) {
            Action a = actions.get(item.getId().substring("menu-".length()));
            assertEquals(a.text() != null ? a.text().get() : a.name(), item.getText());
            if (item.getAccelerator() != null) {
                assertEquals(a.keys().get(0), item.getAccelerator(), item.getText());
            }
            inMenus.add(a.id());
        }
        for (Action a : actions.all()) {
            assertEquals(a.menu() != null && a.run() != null, inMenus.contains(a.id()), a.id() + " in the menus");
        }
        assertTrue(inMenus.contains("example-seeds-batch"), "examples are in File ▸ Examples");
        long sheetRows = actions.all().stream().filter(a -> a.group() != null && !a.keys().isEmpty()).count();
        assertEquals(sheetRows, actions.shortcuts().size());
        assertTrue(actions.shortcuts().stream().anyMatch(s -> s.keyText().equals("F5")));
    }

    @Test
    void aKeyCannotBelongToTwoCommands() {
        ActionRegistry r = new ActionRegistry();
        r.add(Action.of("a", "A", () -> { }).keys("F3"));
        assertThrows(IllegalArgumentException.class, () -> r.add(Action.of("b", "B", () -> { }).keys("F3")));
        assertThrows(IllegalArgumentException.class, () -> r.add(Action.of("a", "A again", () -> { })));
    }

    @Test
    void disabledCommandsDoNotRun() {
        assertFalse(window.actions().get("undo").isEnabled(), "nothing to undo yet");
        assertFalse(window.actions().fire("undo"));
    }

    @Test
    void spaceAfterAScreenSwitchNeverTogglesAGlobalButton() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertEquals("batch", window.current().id());
        Node focus = window.root().getScene().getFocusOwner();
        assertNotNull(focus);
        assertNotEquals("hide-losses", focus.getId());
        assertNotEquals("reset", focus.getId());
        type(KeyCode.SPACE);
        type(KeyCode.ENTER);
        assertFalse(lab.numbersHiddenProperty().get(), "Space after Ctrl+3 did not hide the losses");
    }

    @Test
    void digitKeysPickClassesWheneverFocusIsNotInAField() {
        interact(() -> lab.explorer().row().setClassCount(10));
        // focus on the screen list, not on the screen: the keys still work
        interact(() -> lookup("#nav-explorer").query().requestFocus());
        type(KeyCode.DIGIT4);
        assertEquals(3, lab.explorer().row().getTarget());
        type(KeyCode.DIGIT0);
        assertEquals(9, lab.explorer().row().getTarget(), "0 picks the tenth class");
        type(KeyCode.NUMPAD2);
        assertEquals(1, lab.explorer().row().getTarget());
        // in a text field a digit is typed, not a class choice
        TextField field = lookup("#prob-field-0").queryAs(TextField.class);
        interact(field::requestFocus);
        type(KeyCode.DIGIT5);
        assertEquals(1, lab.explorer().row().getTarget());
    }

    @Test
    void digitsBeyondTheClassCountDoNothing() {
        interact(() -> lab.explorer().row().setClassCount(3));
        interact(() -> lookup("#nav-explorer").query().requestFocus());
        type(KeyCode.DIGIT7);
        assertEquals(0, lab.explorer().row().getTarget());
    }

    @Test
    void pageDownWorksEvenWhileTypingLikeAClicker() {
        TextField field = lookup("#prob-field-0").queryAs(TextField.class);
        interact(field::requestFocus);
        type(KeyCode.PAGE_DOWN);
        assertEquals("accuracy", window.current().id());
        type(KeyCode.PAGE_UP);
        assertEquals("explorer", window.current().id());
    }

    @Test
    void presentationHidesTheMenusAndF9OrTheEdgeBringsThemBack() {
        type(KeyCode.F5);
        assertTrue(window.presentation().presentingProperty().get());
        assertFalse(lookup("#menu-bar").query().isVisible(), "menu bar hidden");
        assertTrue(lookup("#nav-explorer").tryQuery().isEmpty(), "screen list hidden");
        // the keys keep working while the menus are hidden
        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertEquals("accuracy", window.current().id());
        type(KeyCode.PAGE_DOWN);
        assertEquals("batch", window.current().id());
        type(KeyCode.F9);
        assertTrue(lookup("#menu-bar").query().isVisible());
        assertTrue(lookup("#nav-batch").tryQuery().isPresent());
        type(KeyCode.F9);
        assertFalse(lookup("#menu-bar").query().isVisible());
        moveTo(window.root()).moveBy(0, -window.root().getLayoutBounds().getHeight() / 2 + 2);
        assertTrue(lookup("#menu-bar").query().isVisible(), "the top edge shows the menus");
        type(KeyCode.F5);
        assertFalse(window.presentation().presentingProperty().get());
        assertTrue(lookup("#menu-bar").query().isVisible());
    }
}
