package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dialogs open where the user last chose a file; the first time in Pictures or Documents. */
class RecentFolderTest {

    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void useATemporaryConfigFolder() {
        before = System.getProperty("celab.home");
        System.setProperty("celab.home", dir.resolve("config").toString());
    }

    @AfterEach
    void restore() {
        if (before != null) {
            System.setProperty("celab.home", before);
        } else {
            System.clearProperty("celab.home");
        }
    }

    @Test
    void theFolderOfTheLastChosenFileIsRememberedAcrossRuns() throws Exception {
        Path slides = Files.createDirectories(dir.resolve("talk/slides"));
        RecentFolder.remember(slides.resolve("explorer@2x.png"));
        assertEquals(slides, RecentFolder.initial(true));
        assertEquals(slides, RecentFolder.initial(false));
        assertEquals(slides + "\n", Files.readString(dir.resolve("config/last-folder")));
    }

    @Test
    void aFolderThatIsGoneFallsBackToTheFirstFolder() throws Exception {
        Path gone = Files.createDirectories(dir.resolve("gone"));
        RecentFolder.remember(gone.resolve("a.png"));
        Files.delete(gone);
        assertEquals(AppDirs.firstFolder(true), RecentFolder.initial(true));
    }

    @Test
    void theFirstFolderIsPicturesForImagesAndDocumentsOtherwise() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertEquals(home, AppDirs.firstFolder(home, true), "neither exists: the home folder");
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertEquals(documents, AppDirs.firstFolder(home, true));
        Path pictures = Files.createDirectories(home.resolve("Pictures"));
        assertEquals(pictures, AppDirs.firstFolder(home, true));
        assertEquals(documents, AppDirs.firstFolder(home, false));
    }
}
