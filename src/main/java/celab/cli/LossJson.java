package celab.cli;

import celab.core.LossResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code loss --json}: one object
 * {@code {"n","classes","perSample","mean","sum","accuracy","warnings"}}. Finite numbers keep full
 * double precision; ∞ and NaN, which JSON has no numbers for, are the strings "Infinity",
 * "-Infinity" and "NaN".
 */
final class LossJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private LossJson() {
    }

    static void print(LossResult result, List<String> warnings, PrintStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("n", result.size());
            json.writeNumberField("classes", result.classes());
            json.writeArrayFieldStart("perSample");
            for (int i = 0; i < result.size(); i++) {
                number(json, result.loss(i));
            }
            json.writeEndArray();
            json.writeFieldName("mean");
            number(json, result.mean());
            json.writeFieldName("sum");
            number(json, result.sum());
            json.writeFieldName("accuracy");
            number(json, result.accuracy());
            json.writeArrayFieldStart("warnings");
            for (String w : warnings) {
                json.writeString(w);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /** Writes x as a JSON number, or as a string when JSON cannot hold it. */
    static void number(JsonGenerator json, double x) throws IOException {
        if (Double.isNaN(x)) {
            json.writeString("NaN");
        } else if (Double.isInfinite(x)) {
            json.writeString(x > 0 ? "Infinity" : "-Infinity");
        } else {
            json.writeNumber(x + 0.0); // −log(1) is −0.0; a loss of zero is written 0.0
        }
    }
}
