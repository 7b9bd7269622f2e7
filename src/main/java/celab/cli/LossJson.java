package celab.cli;

import celab.core.Reduction;
import celab.core.StreamingLoss;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * {@code loss --json}: one object
 * {@code {"n","classes","perSample","mean","sum","accuracy","warnings"}}. Finite numbers keep full
 * double precision; ∞ and NaN, which JSON has no numbers for, are the strings "Infinity",
 * "-Infinity" and "NaN". With {@code --reduction mean|sum} the object has {@code "reduction"} and
 * {@code "loss"} instead of the per-sample list, mean and sum; with {@code --reduction none} only
 * the per-sample list. Options that change the numbers are echoed at the end
 * ({@code "unit"}, {@code "labelSmoothing"}, {@code "classWeights"}). Warnings beyond the first
 * {@value LossRun#MAX_WARNINGS_KEPT} are counted in {@code "warningsNotListed"}.
 */
final class LossJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private LossJson() {
    }

    static void print(LossRun run, Spool spool, PrintStream out) {
        LossOptions options = run.options();
        StreamingLoss loss = run.loss();
        Reduction reduction = options.reduction();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("n", loss.count());
            json.writeNumberField("classes", loss.classes());
            if (reduction != null) {
                json.writeStringField("reduction", reduction.name().toLowerCase(Locale.ROOT));
            }
            if (reduction == null || reduction == Reduction.NONE) {
                json.writeArrayFieldStart("perSample");
                try (DataInputStream in = spool.reader()) {
                    for (long i = 0; i < spool.records(); i++) {
                        number(json, in.readDouble());
                    }
                }
                json.writeEndArray();
            }
            if (reduction == null) {
                json.writeFieldName("mean");
                number(json, loss.mean());
                json.writeFieldName("sum");
                number(json, loss.sum());
            } else if (reduction != Reduction.NONE) {
                json.writeFieldName("loss");
                number(json, loss.reduced(reduction));
            }
            json.writeFieldName("accuracy");
            number(json, loss.accuracy());
            json.writeArrayFieldStart("warnings");
            for (String w : run.warnings()) {
                json.writeString(w);
            }
            json.writeEndArray();
            long notListed = run.warningCount() - run.warnings().size();
            if (notListed > 0) {
                json.writeNumberField("warningsNotListed", notListed);
            }
            if (options.logBase() != null) {
                json.writeStringField("unit", options.base().unit());
            }
            if (options.labelSmoothing() != 0) {
                json.writeNumberField("labelSmoothing", options.labelSmoothing());
            }
            if (options.classWeights() != null) {
                json.writeArrayFieldStart("classWeights");
                for (double w : options.classWeights()) {
                    json.writeNumber(w);
                }
                json.writeEndArray();
            }
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
