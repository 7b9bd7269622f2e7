package celab.screen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The short help behind each screen's "?": what to look at and what to try. The texts live beside
 * this class as {@code help/<screen id>.txt}: a "# Look at" and a "# Try" heading, each followed
 * by lines that start with "- ".
 */
public record ScreenHelp(List<String> lookAt, List<String> tryThis) {

    public ScreenHelp {
        lookAt = List.copyOf(lookAt);
        tryThis = List.copyOf(tryThis);
    }

    /**
     * The help of a screen.
     *
     * @throws IllegalStateException when the text is missing or not in the expected shape (a
     *                               packaging mistake, caught by the catalog's test)
     */
    public static ScreenHelp of(Screen screen) {
        String name = "help/" + screen.id() + ".txt";
        try (InputStream in = ScreenHelp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    static ScreenHelp parse(String name, String text) {
        List<String> look = new ArrayList<>();
        List<String> tries = new ArrayList<>();
        List<String> into = null;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("# Look at")) {
                into = look;
            } else if (line.equals("# Try")) {
                into = tries;
            } else if (line.startsWith("- ") && into != null) {
                into.add(line.substring(2).strip());
            } else {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected \"# Look at\", \"# Try\" or \"- item\"");
            }
        }
        if (look.isEmpty() || tries.isEmpty()) {
            throw new IllegalStateException(name + ": needs at least one item under \"# Look at\" and under \"# Try\"");
        }
        return new ScreenHelp(look, tries);
    }
}
