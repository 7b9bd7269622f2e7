package celab.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every command, declared once (see {@link LabActions}). The menus, the scene's accelerators, the
 * keys that work wherever focus is (a presentation clicker), and the F1 sheet are all built from
 * this list, so none of them can disagree with another.
 */
public final class ActionRegistry {
    private final Map<String, Action> actions = new LinkedHashMap<>();

    /** Adds a command; ids are unique and no two commands share a key. */
    public Action add(Action action) {
        if (actions.containsKey(action.id())) {
            throw new IllegalArgumentException("two actions with id " + action.id());
        }
        if (action.run() != null) {
            for (KeyCombination k : action.keys()) {
                for (Action other : actions.values()) {
                    if (other.run() != null && other.keys().contains(k)) {
                        throw new IllegalArgumentException(k.getDisplayText() + " is both "
                                + other.id() + " and " + action.id());
                    }
                }
            }
        }
        actions.put(action.id(), action);
        return action;
    }

    public List<Action> all() {
        return List.copyOf(actions.values());
    }

    public Action get(String id) {
        return Objects.requireNonNull(actions.get(id), () -> "no action " + id);
    }

    /** Runs the command with this id if it is enabled; true if it ran. */
    public boolean fire(String id) {
        return get(id).fire();
    }

    /** The F1 sheet's rows, in declaration order. */
    public List<Shortcut> shortcuts() {
        return actions.values().stream().map(Action::shortcut).filter(Objects::nonNull).toList();
    }

    /** The menu bar: menus and submenus in the order their first item was declared. */
    public MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        Map<String, Menu> menus = new LinkedHashMap<>();
        for (Action a : actions.values()) {
            if (a.menu() == null || a.run() == null) {
                continue;
            }
            Menu menu = menu(menus, bar, a.menu());
            if (a.separatorAbove() && !menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item(a));
        }
        return bar;
    }

    private static Menu menu(Map<String, Menu> menus, MenuBar bar, String path) {
        Menu m = menus.get(path);
        if (m != null) {
            return m;
        }
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        m = new Menu(slash < 0 ? "_" + name : name);
        m.setId("menu-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        if (slash < 0) {
            bar.getMenus().add(m);
        } else {
            menu(menus, bar, path.substring(0, slash)).getItems().add(m);
        }
        menus.put(path, m);
        return m;
    }

    private static MenuItem item(Action a) {
        MenuItem m;
        if (a.checked() != null) {
            CheckMenuItem c = new CheckMenuItem(a.name());
            c.setSelected(a.checked().get());
            a.checked().addListener((o, was, now) -> c.setSelected(now));
            m = c;
            // the item flips itself when clicked; the action flips the property, which the
            // listener above copies back, so both end up agreeing
            m.setOnAction(e -> {
                c.setSelected(a.checked().get());
                a.fire();
            });
        } else {
            m = new MenuItem(a.name());
            m.setOnAction(e -> a.fire());
        }
        m.setId("menu-" + a.id());
        if (a.text() != null) {
            m.textProperty().bind(a.text());
        }
        if (!a.keys().isEmpty() && a.scope() == Action.Scope.ACCELERATOR) {
            m.setAccelerator(a.keys().get(0));
        }
        if (a.enabled() != null) {
            m.disableProperty().bind(Bindings.createBooleanBinding(() -> !a.enabled().get(), a.enabled()));
        }
        return m;
    }

    /** True when keys typed at this target become text (a field, an editable spinner or combo box). */
    static boolean typesText(Object target) {
        return target instanceof TextInputControl
                || target instanceof Spinner<?> s && s.isEditable()
                || target instanceof ComboBoxBase<?> c && c.isEditable();
    }

    /**
     * Puts every key into the scene. Menu items carry their first key themselves; other keys
     * become scene accelerators; clicker keys and class keys are heard by a filter before any
     * control can take them.
     */
    public void install(Scene scene) {
        for (Action a : actions.values()) {
            if (a.run() == null || a.scope() != Action.Scope.ACCELERATOR) {
                continue;
            }
            List<KeyCombination> extra = new ArrayList<>(a.keys());
            if (a.menu() != null && !extra.isEmpty()) {
                extra.remove(0); // the menu item's accelerator
            }
            for (KeyCombination k : extra) {
                scene.getAccelerators().put(k, a::fire);
            }
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean inText = typesText(e.getTarget());
            for (Action a : actions.values()) {
                if (a.run() == null || a.scope() == Action.Scope.ACCELERATOR
                        || (a.scope() == Action.Scope.OUTSIDE_TEXT && inText)) {
                    continue;
                }
                if (a.keys().stream().anyMatch(k -> k.match(e)) && a.fire()) {
                    e.consume();
                    return;
                }
            }
        });
    }
}
