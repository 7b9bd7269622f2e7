package celab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Scenario files: the whole lab state as JSON in a small envelope,
 * <pre>{"format": "cross-entropy-lab", "version": 1, "screen": "batch", "state": {…}}</pre>
 * Reading never half-succeeds: any problem is one {@link ScenarioException} whose message names
 * the file and, where JSON says so, the line and column. The state's type is the caller's, so
 * this layer stays free of the app's model.
 */
public final class ScenarioFile {

    public static final String FORMAT = "cross-entropy-lab";
    public static final int VERSION = 1;
    /** File names end in this, so the desktop can open them with the app. */
    public static final String EXTENSION = ".celab.json";

    /** A scenario read from a file: which screen to show and the state. */
    public record Scenario<T>(String screen, T state) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ScenarioFile() {
    }

    /** Reads and checks a scenario; the state is mapped onto {@code type}. */
    public static <T> Scenario<T> read(Path file, Class<T> type) throws ScenarioException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name + ": no such file");
        } catch (MalformedInputException e) {
            throw new ScenarioException(name + ": not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(name, text, type);
    }

    /** Checks and maps scenario text that came from elsewhere (e.g. a bundled example). */
    public static <T> Scenario<T> parse(String name, String text, Class<T> type) throws ScenarioException {
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
        if (version == null || !version.canConvertToExactIntegral()) {
            throw new ScenarioException(name + ": \"version\" is missing or not a whole number");
        }
        if (version.asInt() != VERSION) {
            throw new ScenarioException(name + ": format version " + version.asText()
                    + " is not supported; this app reads version " + VERSION);
        }
        JsonNode state = obj.get("state");
        if (state == null || !state.isObject()) {
            throw new ScenarioException(name + ": \"state\" is missing");
        }
        String screen = obj.path("screen").asText("");
        try {
            T value = JSON.readerFor(type).readValue(JSON.treeAsTokens(state));
            return new Scenario<>(screen, value);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(name + ": " + describe(e, "a value in \"state\" has the wrong type"));
        } catch (IOException | RuntimeException e) {
            throw new ScenarioException(name + ": " + e.getMessage());
        }
    }

    /** Writes a scenario atomically (a temporary file, then a move). */
    public static void write(Path file, String screen, Object state) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("screen", screen);
        root.set("state", JSON.valueToTree(state));
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static ScenarioException located(String name, JsonProcessingException e, String what) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new ScenarioException(where + ": " + what + " (" + e.getOriginalMessage() + ")");
    }

    private static String describe(JsonProcessingException e, String fallback) {
        String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "";
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        msg = cut > 0 ? msg.substring(0, cut) : msg;
        return fallback + (path.isEmpty() ? "" : " at " + path.replaceAll("^[^\\[\"]*", "")) + ": " + msg;
    }
}
