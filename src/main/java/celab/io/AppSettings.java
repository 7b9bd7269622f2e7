package celab.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app's own preferences, in {@code settings.json} beside the other files.
 *
 * @param restoreLastSession open the lab as it was left (default) or fresh
 * @param window             where the window was last, or null (first run)
 * @param lastScreen         the id of the screen shown last, or null
 */
public record AppSettings(boolean restoreLastSession, WindowPlace window, String lastScreen) {

    public static final AppSettings DEFAULTS = new AppSettings(true);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The window's last place and size on the desktop, and whether it was maximised. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    public AppSettings(boolean restoreLastSession) {
        this(restoreLastSession, null, null);
    }

    public AppSettings withRestoreLastSession(boolean restore) {
        return new AppSettings(restore, window, lastScreen);
    }

    public AppSettings withWindow(WindowPlace place, String screen) {
        return new AppSettings(restoreLastSession, place, screen);
    }

    public static Path file() {
        return AppDirs.home().resolve("settings.json");
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public static AppSettings load() {
        try {
            return Files.isRegularFile(file()) ? JSON.readValue(file().toFile(), AppSettings.class) : DEFAULTS;
        } catch (IOException e) {
            return DEFAULTS;
        }
    }

    public void save() throws IOException {
        AtomicFiles.write(file(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
    }
}
