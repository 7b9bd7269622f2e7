package celab.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; every item's accelerator comes from the window's shortcut list. */
final class LabMenus {
    private final LabWindow window;

    LabMenus(LabWindow window) {
        this.window = window;
    }

    MenuBar build() {
        Menu examples = new Menu("Examples");
        for (Session.Example ex : Session.EXAMPLES) {
            MenuItem m = new MenuItem(ex.title());
            m.setOnAction(e -> window.session().openExample(ex));
            examples.getItems().add(m);
        }
        examples.getItems().add(new SeparatorMenuItem());
        for (celab.screen.YourDataScreen.Example ex : celab.screen.YourDataScreen.EXAMPLES) {
            MenuItem m = new MenuItem("Your data: " + ex.title());
            m.setOnAction(e -> window.openDataExample(ex));
            examples.getItems().add(m);
        }
        javafx.scene.control.CheckMenuItem restore = new javafx.scene.control.CheckMenuItem("Restore last session on start");
        restore.setSelected(celab.io.AppSettings.load().restoreLastSession());
        restore.setOnAction(e -> {
            try {
                new celab.io.AppSettings(restore.isSelected()).save();
            } catch (java.io.IOException ex) {
                window.setStatus("Could not save the setting: " + ex.getMessage());
            }
        });
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open scenario…", "Open a scenario", window::openInteractive),
                item("Save scenario as…", "Save the scenario", window::saveInteractive),
                examples,
                new SeparatorMenuItem(),
                id(plain("Open data (predictions and targets)…", window::openDataInteractive), "menu-open-data"),
                new SeparatorMenuItem(),
                item("Export screen as PNG…", "Export screen as PNG", () -> window.exportPngInteractive(1)),
                item("Export screen as PNG at 2×…", "Export screen as PNG at 2×", () -> window.exportPngInteractive(2)),
                plain("Export batch table as CSV…", window::exportBatchCsvInteractive),
                id(plain("Export the training network's predictions as CSV…", window::exportTrainingPredictionsInteractive),
                        "menu-export-predictions"),
                new SeparatorMenuItem(),
                restore,
                new SeparatorMenuItem(),
                item("Quit", KeyCombination.valueOf("Shortcut+Q"), () -> window.root().getScene().getWindow().hide()));
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("Undo", "Undo the last change", () -> window.session().undo());
        MenuItem redo = item("Redo", "Redo", () -> window.session().redo());
        undo.disableProperty().bind(window.session().history().canUndoProperty().not());
        redo.disableProperty().bind(window.session().history().canRedoProperty().not());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Reset all (this screen)", "Reset all (this screen)", window::resetCurrent));
        Menu view = new Menu("_View");
        for (int i = 0; i < window.lessons().size(); i++) {
            var lesson = window.lessons().get(i);
            view.getItems().add(item(lesson.title(), lesson.title(), () -> window.show(lesson)));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Guided lessons", "Guided lessons on / off", window::toggleGuide),
                item("Next screen or step", "Next screen or lesson step", window::next),
                item("Previous screen or step", "Previous screen or lesson step", window::previous),
                new SeparatorMenuItem(),
                item("Hide / reveal losses", "Hide / reveal every loss (predict, then reveal)", window::toggleNumbersHidden),
                item("Presentation mode", "Presentation mode on / off", window::togglePresentation),
                item("Full screen", "Full screen", window::toggleFullScreen),
                item("Projector colours", "Projector colours", window::toggleProjector),
                item("Zoom in", "Zoom in (up to 250%)", window::zoomIn),
                item("Zoom out", "Zoom out (down to 100%)", window::zoomOut),
                item("Zoom 100%", "Zoom 100%", window::zoomReset));
        Menu help = new Menu("_Help");
        help.getItems().add(item("Keyboard shortcuts", "This sheet", window::showShortcuts));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** A menu item whose accelerator is the shortcut with that action text. */
    private MenuItem item(String text, String action, Runnable run) {
        KeyCombination keys = window.shortcuts().stream()
                .filter(s -> s.action().equals(action)).findFirst()
                .map(Shortcut::keys).orElseThrow(() -> new IllegalStateException("no shortcut for " + action));
        return item(text, keys, run);
    }

    private static MenuItem id(MenuItem m, String id) {
        m.setId(id);
        return m;
    }

    private static MenuItem plain(String text, Runnable run) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> run.run());
        return m;
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable run) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(keys);
        m.setOnAction(e -> run.run());
        return m;
    }
}
