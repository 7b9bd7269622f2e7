package celab.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The folder the user last chose a file in, so that every open, save and export dialog starts
 * there, also after a restart ({@code last-folder} in the config folder, one line: the path).
 * The first time, dialogs start in the user's Pictures (for images) or Documents folder.
 */
public final class RecentFolder {

    private static final int MAX_BYTES = 8 * 1024;

    private RecentFolder() {
    }

    static Path file() {
        return AppDirs.home().resolve("last-folder");
    }

    /** Where a dialog should open: the last folder used if it still exists, else a first folder. */
    public static Path initial(boolean images) {
        try {
            if (Files.isRegularFile(file())) {
                Path last = Path.of(TextFiles.read(file(), MAX_BYTES).strip());
                if (last.isAbsolute() && Files.isDirectory(last)) {
                    return last;
                }
            }
        } catch (IOException | InvalidPathException e) {
            // a missing or odd entry: fall back to the first folder
        }
        return AppDirs.firstFolder(images);
    }

    /** Remembers the folder of a file the user chose (best effort: a failure only loses the hint). */
    public static void remember(Path chosenFile) {
        Path dir = chosenFile.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        try {
            AtomicFiles.write(file(), dir + "\n");
        } catch (IOException e) {
            // the dialog will start in the first folder next time
        }
    }
}
