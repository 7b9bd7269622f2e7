package celab.app;

import javafx.scene.input.KeyCombination;

/**
 * One keyboard shortcut: its key, what it does, and its group on the F1 sheet. The same list
 * drives the menus' accelerators and the sheet, so the sheet cannot go out of date.
 */
public record Shortcut(String group, KeyCombination keys, String action) {

    /** The key as people read it: "Ctrl+S", "F11", "Page Down". */
    public String keyText() {
        return keys.getDisplayText();
    }
}
