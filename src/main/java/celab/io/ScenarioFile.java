package celab.io;

import celab.core.SafeText;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Scenario files: the whole lab state as JSON in a small envelope,
 * <pre>{"format": "cross-entropy-lab", "version": 1, "screen": "batch", "state": {…}}</pre>
 * Reading never half-succeeds: any problem is one {@link ScenarioException} whose message names
 * the file and, where JSON says so, the line and column, or the field ("state.explorer.target").
 * Files are checked before they are read (see {@link TextFiles}): only regular files of at most
 * {@link #MAX_BYTES}, UTF-8, with or without a byte order mark. The state's type is the caller's, so
 * this layer stays free of the app's model.
 */
public final class ScenarioFile {

    public static final String FORMAT = "cross-entropy-lab";
    public static final int VERSION = 1;
    /** File names end in this, so the desktop can open them with the app. */
    public static final String EXTENSION = ".celab.json";

    /**
     * A scenario read from a file: which screen to show, the name of the scenario it came from
     * (kept in the autosave file, so the window title survives a restart; "" if none) and the state.
     */
    public record Scenario<T>(String screen, String title, T state) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ScenarioFile() {
    }

    /**
     * Scenario files are a few kilobytes; anything larger than this is not one (the limit keeps a
     * huge or endless file from filling the memory).
     */
    public static final int MAX_BYTES = 1 << 20;
    /** A longer "title" (the scenario's name) is ignored. */
    private static final int MAX_TITLE = 200;

    /** Reads and checks a scenario; the state is mapped onto {@code type}. */
    public static <T> Scenario<T> read(Path file, Class<T> type) throws ScenarioException {
        String name = SafeText.of(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        String text;
        try {
            text = TextFiles.read(file, MAX_BYTES);
        } catch (TextFiles.Unreadable e) {
            throw new ScenarioException(name + ": " + e.getMessage());
        }
        return parse(name, text, type);
    }

    /** Checks and maps scenario text that came from elsewhere (e.g. a bundled example). */
    public static <T> Scenario<T> parse(String name, String text, Class<T> type) throws ScenarioException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, as some Windows editors write
        }
        if (text.isBlank()) {
            throw new ScenarioException(name + ": the file is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw located(name, e, "the JSON is cut off or malformed");
        }
        if (!(root instanceof ObjectNode obj) || !FORMAT.equals(obj.path("format").asText(null))) {
            throw new ScenarioException(name + ": not a Cross-Entropy Lab scenario (\"format\" is not \""
                    + FORMAT + "\")");
        }
        JsonNode version = obj.get("version");
        if (version == null || !version.isNumber() || !version.canConvertToExactIntegral()) {
            throw new ScenarioException(name + ": \"version\" is missing or not a whole number");
        }
        // compared exactly: 4294967297 must not wrap around to 1 as an int would
        if (version.decimalValue().compareTo(BigDecimal.valueOf(VERSION)) != 0) {
            throw new ScenarioException(name + ": format version " + SafeText.of(version.asText())
                    + " is not supported; this app reads version " + VERSION);
        }
        JsonNode state = obj.get("state");
        if (state == null || !state.isObject()) {
            throw new ScenarioException(name + ": \"state\" is missing");
        }
        JsonNode screenNode = obj.get("screen");
        String screen = screenNode != null && screenNode.isTextual() ? screenNode.asText() : "";
        JsonNode titleNode = obj.get("title");
        String title = titleNode != null && titleNode.isTextual() && titleNode.asText().length() <= MAX_TITLE
                && !SafeText.hasUnsafe(titleNode.asText()) ? titleNode.asText() : "";
        try {
            T value = JSON.readerFor(type).readValue(JSON.treeAsTokens(state));
            return new Scenario<>(screen, title, value);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(name + ": " + describe(e));
        } catch (IOException | RuntimeException e) {
            throw new ScenarioException(name + ": a value in \"state\" does not fit the lab");
        }
    }

    /** Writes a scenario atomically (a temporary file, then a move). */
    public static void write(Path file, String screen, Object state) throws IOException {
        write(file, screen, "", state);
    }

    /** The same, naming the scenario the state came from ("" for none). */
    public static void write(Path file, String screen, String title, Object state) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("screen", screen);
        if (title != null && !title.isEmpty()) {
            root.put("title", title);
        }
        root.set("state", JSON.valueToTree(state));
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static ScenarioException located(String name, JsonProcessingException e, String what) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new ScenarioException(where + ": " + what + " (" + SafeText.of(parserWords(e.getOriginalMessage())) + ")");
    }

    /**
     * What is wrong with a value in "state", in the file's terms (where, and what was expected),
     * never in Java's: Jackson's own messages name the app's classes, which mean nothing to a
     * teacher.
     */
    static String describe(JsonProcessingException e) {
        String at = e instanceof JsonMappingException m ? where(m, 0) : "\"state\"";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + SafeText.of(u.getPropertyName()) + "\" in " + where(u, 1);
        }
        if (e instanceof InvalidFormatException f) {
            return at + " should be " + expected(f.getTargetType()) + ", not " + SafeText.of(String.valueOf(f.getValue()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return at + " should be " + expected(m.getTargetType());
        }
        if (e instanceof ValueInstantiationException) {
            return at + " is incomplete: a value is missing or null";
        }
        if (e instanceof InputCoercionException) {
            return at + " holds a number out of range";
        }
        return "a value in " + at + " has the wrong type";
    }

    /** The JSON path of the problem, as "state.explorer.prediction[2]", less the last {@code drop} steps. */
    private static String where(JsonMappingException e, int drop) {
        StringBuilder sb = new StringBuilder("state");
        java.util.List<JsonMappingException.Reference> path = e.getPath();
        for (JsonMappingException.Reference r : path.subList(0, Math.max(0, path.size() - drop))) {
            if (r.getFieldName() != null) {
                sb.append('.').append(SafeText.of(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return "\"" + sb + "\"";
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    /**
     * The parser's own description, less its advice to programmers ("enable
     * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"), which means nothing to a teacher.
     */
    private static String parserWords(String msg) {
        String line = firstLine(msg);
        int advice = line.indexOf(": enable ");
        if (advice < 0) {
            advice = line.indexOf("; enable ");
        }
        if (advice > 0) {
            line = line.substring(0, advice);
        }
        return line.replaceAll("`[^`]*`", "").replace("`", "").strip();
    }

    private static String firstLine(String msg) {
        if (msg == null) {
            return "";
        }
        int cut = msg.indexOf('\n');
        return cut > 0 ? msg.substring(0, cut) : msg;
    }
}
