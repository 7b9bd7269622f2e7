package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's place and last screen are kept beside the older setting, and older files still read. */
class AppSettingsWindowTest {
    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void pointHome() {
        before = System.getProperty("celab.home");
        System.setProperty("celab.home", dir.toString());
    }

    @AfterEach
    void restoreHome() {
        if (before == null) {
            System.clearProperty("celab.home");
        } else {
            System.setProperty("celab.home", before);
        }
    }

    @Test
    void placeAndScreenRoundTrip() throws Exception {
        AppSettings s = new AppSettings(false).withWindow(
                new AppSettings.WindowPlace(10, 20, 1100, 700, true), "batch");
        s.save();
        assertEquals(s, AppSettings.load());
        // the other setting's toggle keeps the place
        AppSettings.load().withRestoreLastSession(true).save();
        assertEquals("batch", AppSettings.load().lastScreen());
        assertEquals(1100, AppSettings.load().window().width());
    }

    @Test
    void anOlderFileWithoutTheWindowStillReads() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("settings.json"), "{ \"restoreLastSession\" : false }");
        AppSettings s = AppSettings.load();
        assertEquals(false, s.restoreLastSession());
        assertNull(s.window());
        assertNull(s.lastScreen());
    }
}
