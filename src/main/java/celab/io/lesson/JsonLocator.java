package celab.io.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds where a value sits in JSON text. Jackson's tree keeps no positions, so this walks the
 * text once more with a streaming parser until its path equals the wanted pointer.
 */
final class JsonLocator {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocator() {
    }

    /** 1-based {line, column} of the value (or field name) at {@code pointer}; {0, 0} if not found. */
    static int[] locate(String text, String pointer) {
        JsonPointer want = JsonPointer.compile(pointer);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonPointer at = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                        ? p.getParsingContext().getParent() == null ? JsonPointer.empty()
                          : p.getParsingContext().getParent().pathAsPointer()
                        : p.getParsingContext().pathAsPointer();
                if (want.equals(at)) {
                    JsonLocation loc = p.currentTokenLocation();
                    return new int[] {loc.getLineNr(), loc.getColumnNr()};
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new int[] {0, 0};
        }
        return new int[] {0, 0};
    }
}
