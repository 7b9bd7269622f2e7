package celab.app;

import celab.screen.Screen;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the lab, one entry each: name, menu, keys, sheet line, enabled state. Adding a
 * menu item is adding one line here.
 */
final class LabActions {
    static final String FILE = "File";
    static final String EDIT = "Edit";
    static final String VIEW = "View";
    static final String HELP = "Help";

    private LabActions() {
    }

    static ActionRegistry declare(LabWindow w) {
        ActionRegistry r = new ActionRegistry();
        Session s = w.session();
        FileCommands files = w.files();
        Export export = w.export();
        Presentation p = w.presentation();

        // File
        r.add(Action.of("open", "Open scenario…", files::openInteractive).in(FILE).keys("Shortcut+O").sheet("Files", "Open a scenario"));
        r.add(Action.of("save", "Save scenario as…", files::saveInteractive).in(FILE).keys("Shortcut+S").sheet("Files", "Save the scenario"));
        for (Session.Example ex : Session.EXAMPLES) {
            r.add(Action.of("example-" + ex.file().replace(".celab.json", ""), ex.plainTitle(), () -> s.openExample(ex)).in(FILE + "/Examples")
                    .text(Bindings.when(w.lab().numbersHiddenProperty()).then(ex.plainTitle()).otherwise(ex.title())));
        }
        LessonCommands lessons = w.lessons();
        r.add(Action.of("open-lesson", "Open lesson…", lessons::openLessonInteractive).in(FILE).separated());
        for (celab.lesson.Lessons.BuiltIn b : celab.lesson.Lessons.BUILT_IN) {
            r.add(Action.of("lesson-" + b.file().replace(".celab-lesson.json", ""), b.title(), () -> lessons.openLesson(b)).in(FILE + "/Lessons"));
        }
        r.add(Action.of("write-lesson", "Write a lesson…", lessons::openEditor).in(FILE));
        for (celab.screen.YourDataScreen.Example ex : celab.screen.YourDataScreen.EXAMPLES) {
            r.add(Action.of("data-example-" + ex.predictions().replace(".csv", ""), "Your data: " + ex.title(),
                    () -> w.data().openDataExample(ex)).in(FILE + "/Examples"));
        }
        r.add(Action.of("open-data", "Open data (predictions and targets)…", w.data()::openDataInteractive).in(FILE).separated());
        r.add(Action.of("export-png", "Export screen as PNG…", () -> export.pngInteractive(1)).in(FILE).separated().keys("Shortcut+E").sheet("Files", "Export screen as PNG"));
        r.add(Action.of("export-png-2x", "Export screen as PNG at 2×…", () -> export.pngInteractive(2)).in(FILE).keys("Shortcut+Shift+E").sheet("Files", "Export screen as PNG at 2×"));
        r.add(Action.of("export-batch-csv", "Export batch table as CSV…", export::batchCsvInteractive).in(FILE));
        r.add(Action.of("export-predictions", "Export the training network's predictions as CSV…",
                w.data()::exportTrainingPredictionsInteractive).in(FILE));
        r.add(Action.of("restore-last-session", "Restore last session on start", files::toggleRestoreLastSession).in(FILE).separated().checked(files.restoreLastSessionProperty()));
        r.add(Action.of("quit", "Quit", w::close).in(FILE).separated().keys("Shortcut+Q"));

        // Edit
        r.add(Action.of("undo", "Undo", s::undo).in(EDIT).keys("Shortcut+Z").sheet("Screen", "Undo the last change").enabledWhen(s.history().canUndoProperty()));
        r.add(Action.of("redo", "Redo", s::redo).in(EDIT).keys("Shortcut+Shift+Z", "Shortcut+Y").sheet("Screen", "Redo").enabledWhen(s.history().canRedoProperty()));
        r.add(Action.of("reset-screen", "Reset this screen", w::resetCurrent).in(EDIT).separated().keys("Shortcut+R").sheet("Screen", "Reset this screen (the shared settings stay)"));
        r.add(Action.of("reset-shared", "Reset shared settings (ε, clipping, precision, names, unit)", w::resetShared).in(EDIT));

        // View: screens, then the classroom
        List<Screen> screens = w.screens();
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            Action a = Action.of("screen-" + screen.id(), screen.title(), () -> w.showAndFocus(screen)).in(VIEW);
            if (i < 9) {
                a = a.keys(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN))
                        .sheet("Screens", screen.title());
            }
            r.add(a);
        }
        r.add(Action.of("guide", "Guided lessons", w::toggleGuide).in(VIEW).separated().keys("Shortcut+L").sheet("Screens", "Guided lessons on / off"));
        r.add(Action.of("next", "Next screen or step", w::next).in(VIEW).keys("Page Down").scope(Action.Scope.ANYWHERE).sheet("Screens", "Next screen or lesson step (a clicker's next)"));
        r.add(Action.of("previous", "Previous screen or step", w::previous).in(VIEW).keys("Page Up").scope(Action.Scope.ANYWHERE).sheet("Screens", "Previous screen or lesson step"));
        r.add(Action.of("hide-losses", "Hide losses (predict, then reveal)", p::toggleNumbersHidden).in(VIEW).separated().keys("F2").checked(w.lab().numbersHiddenProperty()).sheet("Classroom", "Hide / reveal every loss (predict, then reveal)"));
        r.add(Action.of("presentation", "Presentation mode", p::togglePresentation).in(VIEW).keys("F5").sheet("Classroom", "Presentation mode on / off"));
        r.add(Action.of("chrome", "Show menus and screens list", p::toggleChrome).in(VIEW).keys("F9").checked(p.chromeShownProperty()).sheet("Classroom", "Menu bar and screens list on / off (presentation mode)"));
        r.add(Action.of("full-screen", "Full screen", p::toggleFullScreen).in(VIEW).keys("F11").sheet("Classroom", "Full screen"));
        r.add(Action.of("projector", "Projector colours", p::toggleProjector).in(VIEW).keys("F10").sheet("Classroom", "Projector colours"));
        r.add(Action.of("zoom-in", "Zoom in", p::zoomIn).in(VIEW).keys("Shortcut+Equals", "Shortcut+Add", "Shortcut+Plus", "Shortcut+Shift+Equals").sheet("Classroom", "Zoom in (up to 250%)"));
        r.add(Action.of("zoom-out", "Zoom out", p::zoomOut).in(VIEW).keys("Shortcut+Minus", "Shortcut+Subtract").sheet("Classroom", "Zoom out (down to 100%)"));
        r.add(Action.of("zoom-reset", "Zoom 100%", p::zoomReset).in(VIEW).keys("Shortcut+0", "Shortcut+Numpad 0").sheet("Classroom", "Zoom 100%"));

        // Help
        r.add(Action.of("shortcuts", "Keyboard shortcuts", w::toggleShortcuts).in(HELP).keys("F1").sheet("Help", "This sheet"));
        r.add(Action.of("screen-help", "What to do on this screen (?)", w::showHelp).in(HELP).keys("Shift+F1").sheet("Help", "This screen's help: what to look at, what to try"));

        // Keys of the screens themselves: pick the true class (0 is the tenth)
        for (int k = 0; k < 10; k++) {
            int cls = k;
            String digit = String.valueOf((k + 1) % 10);
            Action a = Action.of("class-" + (k + 1), "Pick class " + (k + 1), () -> w.pickClass(cls))
                    .keys(new KeyCodeCombination(KeyCode.getKeyCode(digit)),
                          new KeyCodeCombination(KeyCode.getKeyCode("Numpad " + digit)))
                    .scope(Action.Scope.OUTSIDE_TEXT)
                    .enabledWhen(Bindings.createBooleanBinding(() -> w.pickableClasses() > cls,
                            w.currentProperty(), w.lab().revisionProperty()));
            if (k == 0) {
                a = a.sheet("Controls", "Pick the true class: 1–9, and 0 for the tenth (screens with one target)");
            }
            r.add(a);
        }
        r.add(Action.note("Controls", "Tab", "Move between controls"));
        r.add(Action.note("Controls", "Left", "Move a focused slider or curve point (Shift: fine)"));
        // Tab stops once in a group of toggles (screens, true class, float64/float32), at the chosen one
        r.add(Action.note("Controls", "Right", "Next button of a group (screens, classes, formats)"));
        r.add(Action.note("Controls", "Space", "Press the focused button: pick the class, screen or format"));
        r.add(Action.note("Controls", "Esc", "In a number field: put back the value it had"));
        return r;
    }
}
