package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.Distribution;
import celab.core.Numbers;
import celab.core.Precision;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {

    private static final double[][] SEEDS = {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}};
    private static final int[] SEED_TARGETS = {0, 1, 1};

    @Test
    void explorerCodeStatesWhatTheExplorerShows() {
        Lab lab = new Lab();
        PredictionModel row = lab.explorer().row();
        row.setProbability(0, 0.42);
        CodeGenerator.GeneratedCode code = CodeGenerator.forPrediction(row.getPrediction().toArray(), row.getTarget(),
                lab.getClipping(), lab.getPrecision());
        String shown = Numbers.format(row.getResult().mean());
        assertEquals(shown, CodeGenerator.expectedComment(code.numpy()));
        assertEquals(shown, CodeGenerator.expectedComment(code.pytorch()));
        assertTrue(code.numpy().contains("np.clip(y_pred, eps, 1 - eps)"));
        assertTrue(code.numpy().contains("eps = 1e-7"), code.numpy());
    }

    @Test
    void logitsCodeStatesWhatTheLogitsScreenShows() {
        Lab lab = new Lab();
        LogitsModel m = lab.logits();
        m.loadExample();
        LogitsState s = m.getState();
        CodeGenerator.GeneratedCode code = CodeGenerator.forLogits(s.logits().toArrays(), s.targets(), s.precision());
        assertEquals("1.441", CodeGenerator.expectedComment(code.numpy()));
        assertEquals(Numbers.format(s.batch().mean()), CodeGenerator.expectedComment(code.pytorch()));
        assertTrue(code.numpy().contains("# expected per sample: [0.1689, 1.939, 2.177, 1.480]"), code.numpy());
        assertTrue(code.pytorch().contains("F.cross_entropy(logits, targets)"));
        assertTrue(code.numpy().contains("1.5409960746765137"), "exact logits");
    }

    @Test
    void theSeedsBatchGivesTheSeedsMean() {
        CodeGenerator.GeneratedCode code = CodeGenerator.forBatch(SEEDS, SEED_TARGETS, Clipping.DEFAULT);
        assertEquals("0.3851", CodeGenerator.expectedComment(code.numpy()));
        assertEquals(0.38506088005216804, code.result().mean(), 1e-15);
        assertTrue(code.numpy().contains("[0.02, 0.9, 0.08]"));
    }

    @Test
    void clippingOffLeavesOutTheClipAndExpectsInfinity() {
        CodeGenerator.GeneratedCode code = CodeGenerator.forPrediction(new double[] {0, 0.5, 0.5}, 0, Clipping.OFF,
                Precision.FLOAT64);
        assertFalse(code.numpy().contains("np.clip"));
        assertEquals("∞", CodeGenerator.expectedComment(code.numpy()));
    }

    @Test
    void float32IsWrittenAsFloat32() {
        CodeGenerator.GeneratedCode code = CodeGenerator.forPrediction(new double[] {1, 0, 0}, 0, Clipping.DEFAULT,
                Precision.FLOAT32);
        assertTrue(code.numpy().contains("dtype=np.float32"));
        assertTrue(code.pytorch().contains("dtype=torch.float32"));
        // −log(0.99999988) in float32, not −log(1 − 1e-7)
        assertEquals("1.192e-7", CodeGenerator.expectedComment(code.numpy()));
    }

    @Test
    void hiddenNumbersHideTheExpectedValues() {
        CodeGenerator.GeneratedCode code = CodeGenerator.forBatch(SEEDS, SEED_TARGETS, Clipping.DEFAULT);
        String hidden = code.numpy(true);
        assertFalse(hidden.contains("0.3851"));
        assertTrue(CodeGenerator.expectedComment(hidden).startsWith("?"));
        assertTrue(hidden.contains(CodeGenerator.EXPECTED_PER_SAMPLE + "?"));
    }

    @Property(tries = 500)
    void literalsReadBackToTheSameDouble(@ForAll double v) {
        if (Double.isFinite(v)) {
            assertEquals(v, Double.parseDouble(CodeGenerator.literal(v)));
        }
    }

    @Test
    void literalsLookLikePython() {
        assertEquals("0.7", CodeGenerator.literal(0.7));
        assertEquals("1e-7", CodeGenerator.literal(1e-7));
        assertEquals("2.0", CodeGenerator.literal(2));
        assertEquals("-1000.0", CodeGenerator.literal(-1000));
    }

    // --- the generated NumPy code, run by a real Python when one with NumPy is installed ---

    private static String python() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import numpy").redirectErrorStream(true).start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        return null;
    }

    private static String lastLine(String python, String code) throws Exception {
        Path file = Files.createTempFile("celab-code", ".py");
        try {
            Files.writeString(file, code, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(python, "-W", "ignore", file.toString()).redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                in.flush();
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python finished");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, p.exitValue(), out);
            String[] lines = out.split("\n");
            return lines[lines.length - 1].strip();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void runsAndPrints(String python, CodeGenerator.GeneratedCode code, double tolerance) throws Exception {
        String printed = lastLine(python, code.numpy());
        double value = printed.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(printed);
        double expected = code.result().mean();
        if (Double.isInfinite(expected)) {
            assertEquals(expected, value);
        } else {
            assertEquals(expected, value, tolerance * Math.max(1, Math.abs(expected)), code.numpy());
        }
        assertEquals(CodeGenerator.expectedComment(code.numpy()), Numbers.format(value), "printed " + printed);
    }

    @Test
    void generatedNumpyCodePrintsTheStatedValue() throws Exception {
        String python = python();
        Assumptions.assumeTrue(python != null, "no python3 with numpy here");
        runsAndPrints(python, CodeGenerator.forBatch(SEEDS, SEED_TARGETS, Clipping.DEFAULT), 1e-15);
        runsAndPrints(python, CodeGenerator.forPrediction(Distribution.of(0.7, 0.1, 0.2).toArray(), 0,
                Clipping.DEFAULT, Precision.FLOAT64), 1e-15);
        runsAndPrints(python, CodeGenerator.forPrediction(new double[] {0, 0.5, 0.5}, 0, Clipping.OFF, Precision.FLOAT64), 0);
        runsAndPrints(python, CodeGenerator.forPrediction(new double[] {0, 0.5, 0.5}, 0, Clipping.of(1e-3), Precision.FLOAT64), 1e-15);
        runsAndPrints(python, CodeGenerator.forPrediction(new double[] {1, 0, 0}, 0, Clipping.DEFAULT, Precision.FLOAT32), 1e-6);
        runsAndPrints(python, CodeGenerator.forLogits(LogitsModel.PYTORCH_LOGITS, LogitsModel.PYTORCH_TARGETS,
                Precision.FLOAT64), 1e-14);
        runsAndPrints(python, CodeGenerator.forLogits(LogitsModel.PYTORCH_LOGITS, LogitsModel.PYTORCH_TARGETS,
                Precision.FLOAT32), 1e-6);
        runsAndPrints(python, CodeGenerator.forLogits(new double[][] {{2, 1000, 0.1}}, new int[] {0}, Precision.FLOAT64), 1e-14);
    }
}
