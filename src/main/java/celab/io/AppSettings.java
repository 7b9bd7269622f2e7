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
 */
public record AppSettings(boolean restoreLastSession) {

    public static final AppSettings DEFAULTS = new AppSettings(true);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
