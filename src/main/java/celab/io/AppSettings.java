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
 * @param window             where the window was last, or null (first run)
 * @param lastScreen         the id of the screen shown last, or null
 */
public record AppSettings(boolean restoreLastSession, WindowPlace window, String lastScreen) {

    public static final AppSettings DEFAULTS = new AppSettings(true);
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_BYTES = 64 * 1024;

    /** The settings read at start-up, and the damaged file set aside if there was one. */
    public record Loaded(AppSettings settings, DamagedFile damaged) {
    }

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
        WindowPlace window = null;
        String lastScreen = null;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TextFiles.Unreadable("not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "restoreLastSession" -> {
                        if (!value.isBoolean()) {
                            throw new TextFiles.Unreadable("\"restoreLastSession\" is not true or false");
                        }
                        restore = p.getBooleanValue();
                    }
                    case "window" -> window = value == JsonToken.VALUE_NULL ? null : windowPlace(p, value);
                    case "lastScreen" -> {
                        if (value == JsonToken.VALUE_NULL) {
                            lastScreen = null;
                        } else if (value != JsonToken.VALUE_STRING || p.getText().length() > 40) {
                            throw new TextFiles.Unreadable("\"lastScreen\" is not a screen id");
                        } else {
                            lastScreen = p.getText();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new TextFiles.Unreadable("not a single JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new TextFiles.Unreadable("the JSON is malformed at line " + e.getLocation().getLineNr());
        }
        return new AppSettings(restore, window, lastScreen);
    }

    /** {"x": …, "y": …, "width": …, "height": …, "maximized": …}: finite numbers, a positive size. */
    private static WindowPlace windowPlace(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new TextFiles.Unreadable("\"window\" is not an object");
        }
        double[] xywh = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        java.util.List<String> names = java.util.List.of("x", "y", "width", "height");
        boolean maximized = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            int i = names.indexOf(field);
            if (i >= 0) {
                if (!value.isNumeric()) {
                    throw new TextFiles.Unreadable("\"window." + field + "\" is not a number");
                }
                xywh[i] = p.getDoubleValue();
            } else if ("maximized".equals(field) && value.isBoolean()) {
                maximized = p.getBooleanValue();
            } else {
                p.skipChildren();
            }
        }
        for (int i = 0; i < 4; i++) {
            if (!Double.isFinite(xywh[i]) || (i >= 2 && xywh[i] <= 0)) {
                throw new TextFiles.Unreadable("\"window." + names.get(i) + "\" is missing or out of range");
            }
        }
        return new WindowPlace(xywh[0], xywh[1], xywh[2], xywh[3], maximized);
    }

    public void save() throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"restoreLastSession\" : ").append(restoreLastSession);
        if (window != null) {
            json.append(String.format(Locale.ROOT,
                    ",%n  \"window\" : { \"x\" : %s, \"y\" : %s, \"width\" : %s, \"height\" : %s, \"maximized\" : %b }",
                    window.x(), window.y(), window.width(), window.height(), window.maximized()));
        }
        if (lastScreen != null) {
            json.append(",\n  \"lastScreen\" : \"").append(lastScreen.replaceAll("[^A-Za-z0-9_-]", "")).append('"');
        }
        AtomicFiles.write(file(), json.append("\n}\n").toString());
    }
}
