package celab.app;

import celab.io.RecentFolder;
import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Shows open and save dialogs starting in the folder last used (the first time: Pictures for
 * images, else Documents), and remembers the folder of the file chosen.
 */
final class FileDialogs {

    private FileDialogs() {
    }

    /** Kinds of files, for the first folder a dialog opens in. */
    enum Kind { IMAGE, DOCUMENT }

    /** The chosen file, or null if the dialog was cancelled. */
    static File save(FileChooser chooser, Window owner, Kind kind) {
        start(chooser, kind);
        return chosen(chooser.showSaveDialog(owner));
    }

    static File open(FileChooser chooser, Window owner, Kind kind) {
        start(chooser, kind);
        return chosen(chooser.showOpenDialog(owner));
    }

    private static void start(FileChooser chooser, Kind kind) {
        Path dir = RecentFolder.initial(kind == Kind.IMAGE);
        chooser.setInitialDirectory(dir.toFile());
    }

    private static File chosen(File f) {
        if (f != null) {
            RecentFolder.remember(f.toPath());
        }
        return f;
    }
}
