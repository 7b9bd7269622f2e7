package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PyTorch's options on the command line, each against PyTorch 1.13's own numbers (float64),
 * made with /usr/bin/python3 and torch (see StreamingLossTest for the script):
 * F.nll_loss(log(clamp(p, 1e-7, 1 - 1e-7)), t, weight=w, reduction=r) and
 * F.cross_entropy(..., label_smoothing=0.1) on the seeds' batch, F.cross_entropy on the
 * PyTorch post's logits, and the same divided by ln 2 for bits. And the new inputs: gzip, .npy
 * and standard input.
 */
class LossOptionsTest {

    static final String SEEDS = "0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n";
    static final String LOGITS = """
            1.5409960746765137,-0.293428897857666,-2.1787893772125244
            0.5684312582015991,-1.0845223665237427,-1.3985954523086548
            0.40334683656692505,0.8380263447761536,-0.7192575931549072
            -0.40334352850914,-0.5966353416442871,0.18203648924827576
            """;

    @TempDir
    Path dir;
    String p;
    String t;

    @BeforeEach
    void files() throws IOException {
        p = write("p.csv", SEEDS);
        t = write("t.csv", "0\n1\n1\n");
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static void close(double expected, JsonNode actual) {
        assertEquals(expected, actual.asDouble(), 1e-12 * Math.max(1, Math.abs(expected)));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void reductionMeanSumNone() throws IOException {
        JsonNode mean = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--reduction", "mean"));
        assertEquals(List.of("n", "classes", "reduction", "loss", "accuracy", "warnings"), fields(mean));
        assertEquals("mean", mean.get("reduction").asText());
        close(0.385060880052168, mean.get("loss"));
        JsonNode sum = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--reduction=sum"));
        close(1.155182640156504, sum.get("loss"));
        JsonNode none = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--reduction", "none"));
        assertEquals(List.of("n", "classes", "reduction", "perSample", "accuracy", "warnings"), fields(none));
        close(0.6931471805599453, none.get("perSample").get(1));

        CliRun table = CliRun.of("loss", "--predictions", p, "--targets", t, "--reduction", "sum");
        assertTrue(table.out().contains("sum        1.1551826"), table.out());
        assertFalse(table.out().contains("mean loss"), table.out());
        assertFalse(table.out().contains("sample  true class"), table.out());
        CliRun rows = CliRun.of("loss", "--predictions", p, "--targets", t, "--reduction", "none");
        assertTrue(rows.out().contains("     2           1          1   0.5000  0.69314718"), rows.out());
        assertFalse(rows.out().contains("mean loss"), rows.out());
    }

    @Test
    void classWeightsGiveTheWeightedMean() throws IOException {
        JsonNode j = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--class-weights", "1,2,0.5"));
        close(0.3907380672748551, j.get("mean"));
        close(1.9536903363742755, j.get("sum"));
        close(1.3862943611198906, j.get("perSample").get(1));
        assertEquals("[1.0,2.0,0.5]", j.get("classWeights").toString());
        CliRun table = CliRun.of("loss", "--predictions", p, "--targets", t, "--class-weights=1,2,0.5");
        assertTrue(table.out().contains("mean loss  0.39073807"), table.out());
        assertTrue(table.out().contains("weights    the mean divides by the sum of the samples' class weights, 5"),
                table.out());
    }

    @Test
    void labelSmoothingWithAndWithoutWeights() throws IOException {
        JsonNode j = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--label-smoothing", "0.1"));
        close(0.5101529378268317, j.get("mean"));
        close(0.46329738119042174, j.get("perSample").get(0));
        assertEquals(0.1, j.get("labelSmoothing").asDouble());
        JsonNode w = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--label-smoothing", "0.1",
                "--class-weights", "1,2,0.5", "--reduction", "sum"));
        close(2.2682945449066083, w.get("loss"));
    }

    @Test
    void logitsWithEverything() throws IOException {
        String z = write("z.csv", LOGITS);
        String tz = write("tz.csv", "0\n1\n2\n1\n");
        JsonNode j = json(CliRun.of("loss", "--predictions", z, "--targets", tz, "--logits", "--json",
                "--class-weights", "0.2,1,3", "--label-smoothing", "0.2"));
        close(1.967436622202673, j.get("mean"));
        close(10.230670435453899, j.get("sum"));
        close(5.715254917908813, j.get("perSample").get(2));
    }

    @Test
    void bits() throws IOException {
        JsonNode j = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--log-base", "2"));
        close(0.5555254220916027, j.get("mean"));
        assertEquals("bits", j.get("unit").asText());
        JsonNode nats = json(CliRun.of("loss", "--predictions", p, "--targets", t, "--json", "--log-base", "e"));
        assertEquals("nats", nats.get("unit").asText());
        close(0.385060880052168, nats.get("mean"));
        CliRun table = CliRun.of("loss", "--predictions", p, "--targets", t, "--log-base=2");
        assertTrue(table.out().contains("options:     losses in bits (log base 2)"), table.out());
        assertTrue(table.out().contains("mean loss  0.55552542"), table.out());
    }

    @Test
    void softLabelsWithWeightsDivideByN() throws IOException {
        String y = write("y.csv", "0.5,0.5,0\n0,1,0\n0.1,0.8,0.1\n");
        JsonNode j = json(CliRun.of("loss", "--predictions", p, "--targets", y, "--json",
                "--class-weights", "1,2,0.5", "--label-smoothing", "0.1"));
        close(1.5359758258914689, j.get("mean"));
    }

    @Test
    void gzipNpyAndStandardInputGiveTheSameLoss() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(SEEDS.getBytes(StandardCharsets.UTF_8));
        }
        Path pgz = Files.write(dir.resolve("p.csv.gz"), gz.toByteArray());
        close(0.385060880052168, json(CliRun.of("loss", "--predictions", pgz.toString(), "--targets", t, "--json"))
                .get("mean"));

        Path npy = Files.write(dir.resolve("p.npy"), celab.io.NpyFiles.float64(new double[][] {
            {0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}}));
        Path tnpy = Files.write(dir.resolve("t.npy"), celab.io.NpyFiles.int64(0, 1, 1));
        close(0.385060880052168, json(CliRun.of("loss", "--predictions", npy.toString(), "--targets",
                tnpy.toString(), "--json")).get("mean"));

        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(SEEDS.getBytes(StandardCharsets.UTF_8)));
            close(0.385060880052168, json(CliRun.of("loss", "--predictions", "-", "--targets", t, "--json"))
                    .get("mean"));
            System.setIn(new ByteArrayInputStream("0.7,0.1,0.2\n0.1,x,0.4\n".getBytes(StandardCharsets.UTF_8)));
            CliRun bad = CliRun.of("loss", "--predictions", "-", "--targets", t);
            assertEquals(2, bad.status());
            assertEquals("stdin:2:2: 'x' is not a number", bad.errorLine());
        } finally {
            System.setIn(before);
        }
        CliRun both = CliRun.of("loss", "--predictions", "-", "--targets", "-");
        assertEquals("loss: only one of --predictions and --targets can be - (standard input) (see 'loss --help')",
                both.errorLine());
    }

    @Test
    void manyWarningsAreCountedNotAllListed() throws IOException {
        String many = write("many.csv", "0.5,0.4\n".repeat(1005));
        String zeros = write("zeros.csv", "0\n".repeat(1005));
        JsonNode j = json(CliRun.of("loss", "--predictions", many, "--targets", zeros, "--json", "--reduction", "mean"));
        assertEquals(1000, j.get("warnings").size());
        assertEquals(5, j.get("warningsNotListed").asInt());
        assertEquals(many + ":1000: probabilities sum to 0.900000, not 1 (computed as given, not renormalised)",
                j.get("warnings").get(999).asText());
        CliRun table = CliRun.of("loss", "--predictions", many, "--targets", zeros, "--reduction", "mean");
        assertTrue(table.out().contains("warnings   1005\n"), table.out());
        assertTrue(table.out().contains("  ... and 995 more"), table.out());
    }

    @Test
    void badOptionValuesAreOneLine() {
        String[][] cases = {
            {"--reduction", "avg", "loss: --reduction must be mean, sum or none, got 'avg' (see 'loss --help')"},
            {"--label-smoothing", "1.5", "loss: --label-smoothing must be a number in [0, 1], got '1.5' (see 'loss --help')"},
            {"--label-smoothing", "0x1p-3", "loss: --label-smoothing must be a number in [0, 1], got '0x1p-3' (see 'loss --help')"},
            {"--class-weights", "1,x,2", "loss: --class-weights: weight 2 must be a number >= 0, got 'x' (see 'loss --help')"},
            {"--class-weights", "1,-2,2", "loss: --class-weights: weight 2 must be a number >= 0, got '-2' (see 'loss --help')"},
            {"--class-weights", "1,2", "loss: --class-weights gives 2 weights but the predictions have 3 classes (see 'loss --help')"},
            {"--log-base", "10", "loss: --log-base must be e or 2, got '10' (see 'loss --help')"},
            {"--epsilon", "0x1p-3", "loss: --epsilon must be a number in (0, 0.5), got '0x1p-3' (see 'loss --help')"},
            {"--epsilon", "1e-3\u001b[31m", "loss: --epsilon must be a number in (0, 0.5), got '1e-3\\u001B[31m' (see 'loss --help')"},
        };
        for (String[] c : cases) {
            CliRun run = CliRun.of("loss", "--predictions", p, "--targets", t, c[0], c[1]);
            assertEquals(2, run.status(), c[1]);
            assertEquals("", run.out());
            assertEquals(c[2], run.errorLine());
        }
    }
}
