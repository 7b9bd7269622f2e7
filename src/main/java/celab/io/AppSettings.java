package celab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The app's own preferences, in {@code settings.json} beside the other files.
 *
 * <p>Read with Jackson's streaming parser, not its data binding: the file is read while the
 * window is being built, and data binding would load a few hundred classes before the first
 * frame for one boolean. Unknown fields are skipped (a newer app may add some).
 *
 * @param restoreLastSession open the lab as it was left (default) or fresh
 */
public record AppSettings(boolean restoreLastSession) {

    public static final AppSettings DEFAULTS = new AppSettings(true);
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_BYTES = 64 * 1024;

    /** The settings read at start-up, and the damaged file set aside if there was one. */
    public record Loaded(AppSettings settings, DamagedFile damaged) {
    }

    public static Path file() {
        return AppDirs.home().resolve("settings.json");
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public static AppSettings load() {
        return read(file(), false).settings();
    }

    /**
     * Reads the settings at start-up. A file that cannot be read is kept as
     * {@code settings.json.bad-<time>} (see {@link DamagedFile}) and the defaults are used.
     */
    public static Loaded loadAtStartup() {
        return read(file(), true);
    }

    static Loaded read(Path file, boolean keepDamaged) {
        if (!Files.exists(file)) {
            return new Loaded(DEFAULTS, null);
        }
        try {
            return new Loaded(parse(TextFiles.read(file, MAX_BYTES)), null);
        } catch (IOException e) {
            return new Loaded(DEFAULTS, keepDamaged ? DamagedFile.keep(file, e.getMessage()) : null);
        }
    }

    static AppSettings parse(String text) throws IOException {
        boolean restore = DEFAULTS.restoreLastSession();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TextFiles.Unreadable("not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("restoreLastSession".equals(field)) {
                    if (!value.isBoolean()) {
                        throw new TextFiles.Unreadable("\"restoreLastSession\" is not true or false");
                    }
                    restore = p.getBooleanValue();
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new TextFiles.Unreadable("not a single JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new TextFiles.Unreadable("the JSON is malformed at line " + e.getLocation().getLineNr());
        }
        return new AppSettings(restore);
    }

    public void save() throws IOException {
        AtomicFiles.write(file(), String.format(Locale.ROOT, "{%n  \"restoreLastSession\" : %b%n}%n", restoreLastSession));
    }
}
