package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossCommandTest {

    /** np.mean(-np.log([0.7, 0.5, 0.9])), as the seeds print it. */
    static final double SEEDS_MEAN = 0.38506088005216804;
    /** F.cross_entropy(torch.randn(4, 3) after torch.manual_seed(0), [0, 1, 2, 1]). */
    static final double PYTORCH_MEAN = 1.4411566;

    @TempDir
    Path dir;
    String predictions;
    String indices;
    String oneHot;

    @BeforeEach
    void seedsBatch() throws IOException {
        predictions = write("predictions.csv", "0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n");
        indices = write("targets.csv", "0\n1\n1\n");
        oneHot = write("onehot.csv", "1,0,0\n0,1,0\n0,1,0\n");
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertEquals(1, lines.length, "one JSON object on one line");
        return new ObjectMapper().readTree(lines[0]);
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
                "expected " + expected + " within relative " + tolerance + ", got " + actual);
    }

    @Test
    void seedsBatchWithIndexTargetsAsJson() throws IOException {
        JsonNode j = json(CliRun.of("loss", "--predictions", predictions, "--targets", indices, "--json"));
        assertEquals(List.of("n", "classes", "perSample", "mean", "sum", "accuracy", "warnings"),
                fieldNames(j));
        assertEquals(3, j.get("n").asInt());
        assertEquals(3, j.get("classes").asInt());
        assertRelative(SEEDS_MEAN, j.get("mean").asDouble(), 1e-12);
        assertRelative(0.35667494393873245, j.get("perSample").get(0).asDouble(), 1e-12);
        assertRelative(0.6931471805599453, j.get("perSample").get(1).asDouble(), 1e-12);
        assertRelative(0.10536051565782628, j.get("perSample").get(2).asDouble(), 1e-12);
        assertRelative(3 * SEEDS_MEAN, j.get("sum").asDouble(), 1e-12);
        assertEquals(1.0, j.get("accuracy").asDouble());
        assertEquals(0, j.get("warnings").size());
    }

    @Test
    void seedsBatchWithOneHotTargetsGivesTheSameMean() throws IOException {
        JsonNode j = json(CliRun.of("loss", "--predictions=" + predictions, "--targets=" + oneHot, "--json"));
        assertRelative(SEEDS_MEAN, j.get("mean").asDouble(), 1e-12);
    }

    @Test
    void tableShowsEverySampleAndTheMeanToEightDigits() {
        CliRun run = CliRun.of("loss", "--predictions", predictions, "--targets", indices);
        assertEquals(0, run.status());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.contains("0.38506088"), out);
        assertTrue(out.contains("sample  true class  predicted  p(true)        loss"), out);
        assertTrue(out.contains("     1           0          0   0.7000  0.35667494"), out);
        assertTrue(out.contains("     3           1          1   0.9000  0.10536052"), out);
        assertTrue(out.contains("accuracy   100% (3 of 3 predicted correctly)"), out);
        assertTrue(out.contains("warnings   none"), out);
    }

    @Test
    void oneHotTableShowsTheSameMean() {
        CliRun run = CliRun.of("loss", "--targets", oneHot, "--predictions", predictions);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("mean loss  0.38506088"), run.out());
    }

    @Test
    void pytorchLogitsExample() throws IOException {
        String logits = write("logits.csv", """
                1.5409960746765137,-0.293428897857666,-2.1787893772125244
                0.5684312582015991,-1.0845223665237427,-1.3985954523086548
                0.40334683656692505,0.8380263447761536,-0.7192575931549072
                -0.40334352850914,-0.5966353416442871,0.18203648924827576
                """);
        String targets = write("logits-targets.csv", "0\n1\n2\n1\n");
        JsonNode j = json(CliRun.of("loss", "--predictions", logits, "--targets", targets, "--logits", "--json"));
        assertEquals(4, j.get("n").asInt());
        assertEquals(PYTORCH_MEAN, j.get("mean").asDouble(), 1e-6);
        assertEquals(0.25, j.get("accuracy").asDouble());
        CliRun table = CliRun.of("loss", "--predictions", logits, "--targets", targets, "--logits");
        assertTrue(table.out().contains("mean loss  1.4411566"), table.out());
    }

    @Test
    void noClipWithAZeroProbabilityIsInfinity() throws IOException {
        String p = write("zero.csv", "0.7,0.1,0.2\n0.6,0.0,0.4\n0.0,1.0,0.0\n");
        JsonNode off = json(CliRun.of("loss", "--predictions", p, "--targets", indices, "--no-clip", "--json"));
        assertEquals("Infinity", off.get("perSample").get(1).asText());
        assertTrue(off.get("perSample").get(1).isTextual());
        assertEquals("Infinity", off.get("mean").asText());
        assertEquals("Infinity", off.get("sum").asText());
        assertEquals(0.0, off.get("perSample").get(2).asDouble());
        assertFalse(off.get("perSample").get(2).asText().startsWith("-"), "a zero loss is not -0.0");

        JsonNode on = json(CliRun.of("loss", "--predictions", p, "--targets", indices, "--json"));
        assertRelative(-Math.log(1e-7), on.get("perSample").get(1).asDouble(), 1e-12);
        assertRelative(-Math.log1p(-1e-7), on.get("perSample").get(2).asDouble(), 1e-9);

        JsonNode eps = json(CliRun.of("loss", "--predictions", p, "--targets", indices, "--epsilon", "1e-3", "--json"));
        assertRelative(-Math.log(1e-3), eps.get("perSample").get(1).asDouble(), 1e-12);

        CliRun table = CliRun.of("loss", "--predictions", p, "--targets", indices, "--no-clip");
        assertTrue(table.out().contains("mean loss  Infinity"), table.out());
        CliRun clipped = CliRun.of("loss", "--predictions", p, "--targets", indices);
        assertTrue(clipped.out().contains("p used"), clipped.out());
        assertTrue(clipped.out().contains("1.0000000e-7"), clipped.out());
    }

    @Test
    void rowsThatDoNotSumToOneAreComputedAndWarnedAboutWithTheirLine() throws IOException {
        String p = write("sum.csv", "0.7,0.1,0.2\n\n0.1,0.3,0.4\n0.02,0.9,0.08\n");
        JsonNode j = json(CliRun.of("loss", "--predictions", p, "--targets", indices, "--json"));
        assertEquals(1, j.get("warnings").size());
        assertEquals(p + ":3: probabilities sum to 0.800000, not 1 (computed as given, not renormalised)",
                j.get("warnings").get(0).asText());
        assertRelative((-Math.log(0.7) - Math.log(0.3) - Math.log(0.9)) / 3, j.get("mean").asDouble(), 1e-12);
        CliRun table = CliRun.of("loss", "--predictions", p, "--targets", indices);
        assertTrue(table.out().contains("warnings   1\n  " + p + ":3: probabilities sum to 0.800000"), table.out());
    }

    @Test
    void softLabelsAreAccepted() throws IOException {
        String soft = write("soft.csv", "0.5,0.5,0\n0,1,0\n0,1,0\n");
        JsonNode j = json(CliRun.of("loss", "--predictions", predictions, "--targets", soft, "--json"));
        double first = -(0.5 * Math.log(0.7) + 0.5 * Math.log(0.1));
        assertRelative(first, j.get("perSample").get(0).asDouble(), 1e-12);
        assertTrue(CliRun.of("loss", "--predictions", predictions, "--targets", soft).out().contains("soft labels"));
    }

    @Test
    void helpForTheCommandAndForEverything() {
        CliRun loss = CliRun.of("loss", "--help");
        assertEquals(0, loss.status());
        assertTrue(loss.out().startsWith("usage: loss --predictions P.csv --targets T.csv"), loss.out());
        CliRun all = CliRun.of("--help");
        assertEquals(0, all.status());
        assertTrue(all.out().contains("./run.sh "), all.out());
        assertTrue(all.out().contains("usage: loss"), all.out());
        assertTrue(all.out().contains("usage: bench"), all.out());
        assertEquals("", all.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
