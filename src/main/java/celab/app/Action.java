package celab.app;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/**
 * One command of the lab, declared once: its name, where it sits in the menus, its keys, the line
 * on the shortcut sheet, whether it is enabled, and what it does. The {@link ActionRegistry}
 * builds the menus, the accelerators, the clicker keys and the F1 sheet from these.
 *
 * @param id        stable id; the menu item gets {@code menu-<id>}
 * @param name      the menu item's text
 * @param menu      the menu path ("File", "File/Examples"), or null to stay out of the menus
 * @param group     the F1 sheet's group, or null to stay off the sheet
 * @param sheetText what the sheet says it does (defaults to the name)
 * @param keys      the keys; the first is the one menus and the sheet show
 * @param scope     where the keys work
 * @param enabled   when the command can run (null: always)
 * @param checked   for an on/off command shown as a check item (null: a plain item)
 * @param separatorAbove a separator above it in its menu
 * @param text      the menu text when it changes (e.g. without numbers while losses are hidden), or null
 * @param run       what it does (null: a sheet line that only documents a control's keys)
 */
public record Action(String id, String name, String menu, String group, String sheetText,
                     List<KeyCombination> keys, Scope scope, ObservableBooleanValue enabled,
                     BooleanProperty checked, boolean separatorAbove, ObservableStringValue text, Runnable run) {

    /** Where an action's keys are heard. */
    public enum Scope {
        /** A scene accelerator, like a menu item's. */
        ACCELERATOR,
        /** Wherever focus is, even in a text field (a presentation clicker's Page Down). */
        ANYWHERE,
        /** Whenever focus is not in a text field (digit keys pick classes). */
        OUTSIDE_TEXT
    }

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        Objects.requireNonNull(scope, "scope");
    }

    /** A command with a name and nothing else yet. */
    public static Action of(String id, String name, Runnable run) {
        return new Action(id, name, null, null, null, List.of(), Scope.ACCELERATOR, null, null, false, null, run);
    }

    /** A line on the shortcut sheet that documents a control's own keys (Tab, arrows). */
    public static Action note(String group, String keys, String what) {
        return new Action("note-" + group + "-" + keys, what, null, group, what,
                List.of(KeyCombination.valueOf(keys)), Scope.ACCELERATOR, null, null, false, null, null);
    }

    /** In this menu ("File", or "File/Examples" for a submenu). */
    public Action in(String menuPath) {
        return new Action(id, name, menuPath, group, sheetText, keys, scope, enabled, checked, separatorAbove, text, run);
    }

    /** On the sheet, in this group, with this text. */
    public Action sheet(String sheetGroup, String line) {
        return new Action(id, name, menu, sheetGroup, line, keys, scope, enabled, checked, separatorAbove, text, run);
    }

    /** These keys, e.g. "Shortcut+S"; the first is shown. */
    public Action keys(String... combos) {
        return keys(Arrays.stream(combos).map(KeyCombination::valueOf).toArray(KeyCombination[]::new));
    }

    public Action keys(KeyCombination... combos) {
        return new Action(id, name, menu, group, sheetText, List.of(combos), scope, enabled, checked, separatorAbove, text, run);
    }

    public Action scope(Scope where) {
        return new Action(id, name, menu, group, sheetText, keys, where, enabled, checked, separatorAbove, text, run);
    }

    public Action enabledWhen(ObservableBooleanValue condition) {
        return new Action(id, name, menu, group, sheetText, keys, scope, condition, checked, separatorAbove, text, run);
    }

    /** Shown as a check item bound to this property; running the action toggles it. */
    public Action checked(BooleanProperty state) {
        return new Action(id, name, menu, group, sheetText, keys, scope, enabled, state, separatorAbove, text, run);
    }

    /** A separator above it in its menu. */
    public Action separated() {
        return new Action(id, name, menu, group, sheetText, keys, scope, enabled, checked, true, text, run);
    }

    /** A menu text that follows this value (the name stays the id's text on the sheet). */
    public Action text(ObservableStringValue menuText) {
        return new Action(id, name, menu, group, sheetText, keys, scope, enabled, checked, separatorAbove, menuText, run);
    }

    /** True when it can run now. */
    public boolean isEnabled() {
        return run != null && (enabled == null || enabled.get());
    }

    /** Runs it if enabled; true if it ran. */
    public boolean fire() {
        if (!isEnabled()) {
            return false;
        }
        run.run();
        return true;
    }

    /** The sheet's row, or null when it is not on the sheet. */
    public Shortcut shortcut() {
        if (group == null || keys.isEmpty()) {
            return null;
        }
        return new Shortcut(group, keys.get(0), sheetText != null ? sheetText : name);
    }
}
