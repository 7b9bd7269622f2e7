package celab.model;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Numbers;
import celab.core.Precision;
import celab.core.Targets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the computation a screen shows as NumPy and as PyTorch code with the current numbers
 * filled in, so a learner can run it and compare. The expected output is stated in a comment
 * computed by the same core call the screen's model makes and formatted by {@link Numbers}, so the
 * comment and the screen agree. Pure: no JavaFX, no I/O.
 */
public final class CodeGenerator {

    /** Every expected-value comment starts with this; tests and readers look for it. */
    public static final String EXPECTED = "# expected: ";
    /** Per-sample expected values, when there is more than one sample. */
    public static final String EXPECTED_PER_SAMPLE = "# expected per sample: ";

    private static final String HIDDEN_MARK = "\u0000";

    /**
     * Code for one screen's state and the core's result for it.
     *
     * @param expected the mean loss as the screen formats it (Numbers.format)
     */
    public record GeneratedCode(String numpyTemplate, String pytorchTemplate, String expected,
                                List<String> expectedPerSample, LossResult result) {
        public GeneratedCode {
            expectedPerSample = List.copyOf(expectedPerSample);
        }

        /** The NumPy program, with the expected values shown. */
        public String numpy() {
            return numpy(false);
        }

        /** The PyTorch program, with the expected values shown. */
        public String pytorch() {
            return pytorch(false);
        }

        /** The NumPy program; with {@code hidden} the expected values read "?" (predict first). */
        public String numpy(boolean hidden) {
            return fill(numpyTemplate, hidden);
        }

        public String pytorch(boolean hidden) {
            return fill(pytorchTemplate, hidden);
        }

        private String fill(String template, boolean hidden) {
            String perSample = hidden ? "?" : "[" + String.join(", ", expectedPerSample) + "]";
            return template
                    .replace(HIDDEN_MARK + "mean" + HIDDEN_MARK, hidden ? "? (shown when the lab reveals numbers)" : expected)
                    .replace(HIDDEN_MARK + "each" + HIDDEN_MARK, perSample);
        }
    }

    private CodeGenerator() {
    }

    /** The explorer's row: one prediction and its target, in the lab's clipping and precision. */
    public static GeneratedCode forPrediction(double[] p, int target, Clipping clipping, Precision precision) {
        return forBatch(new double[][] {p}, new int[] {target}, clipping, precision);
    }

    /**
     * A batch of predicted probabilities with class-index targets, in float64: the seeds'
     * clip-pick-log-mean recipe.
     *
     * @throws celab.core.InvalidInputException when the core refuses the batch
     */
    public static GeneratedCode forBatch(double[][] p, int[] targets, Clipping clipping) {
        return forBatch(p, targets, clipping, Precision.FLOAT64);
    }

    /** {@link #forBatch(double[][], int[], Clipping)} in the given precision. */
    public static GeneratedCode forBatch(double[][] p, int[] targets, Clipping clipping, Precision precision) {
        LossResult r = CrossEntropy.evaluate(Matrix.of("predictions", p), new Targets.Indices(targets), clipping, precision);
        boolean f32 = precision == Precision.FLOAT32;
        String eps = literal(clipping.epsilon());

        List<String> np = new ArrayList<>();
        np.add("import numpy as np");
        np.add("");
        np.add("# predicted probabilities ŷ (softmax outputs), one row per sample");
        np.add("y_pred = np.array(" + matrix(p, "                   ") + ", dtype=np." + dtype(precision) + ")");
        np.add("# the true class of each sample");
        np.add("y_true = np.array(" + ints(targets) + ")");
        np.add("");
        if (clipping.enabled()) {
            np.add("# clip to [ε, 1 − ε] so that log never sees 0 (−log 0 = inf)");
            np.add("eps = " + (f32 ? "np.float32(" + eps + ")" : eps));
            np.add("y_pred_clipped = np.clip(y_pred, eps, 1 - eps)");
        } else {
            np.add("# clipping is off in the lab: a probability of 0 gives −log 0 = inf");
            np.add("y_pred_clipped = y_pred");
        }
        np.add("");
        np.add("# the probability given to the true class, then −log of it");
        np.add("correct_confidences = y_pred_clipped[range(len(y_pred_clipped)), y_true]");
        np.add("sample_losses = -np.log(correct_confidences)");
        np.add("loss = np.mean(sample_losses)");
        addPrints(np, p.length, "sample_losses", "loss");

        List<String> pt = new ArrayList<>();
        pt.add("import torch");
        pt.add("");
        pt.add("y_pred = torch.tensor(" + matrix(p, "                       ") + ", dtype=torch." + dtype(precision) + ")");
        pt.add("y_true = torch.tensor(" + ints(targets) + ")");
        pt.add("");
        if (clipping.enabled()) {
            pt.add("eps = " + eps);
            pt.add("y_pred_clipped = y_pred.clamp(eps, 1 - eps)");
        } else {
            pt.add("y_pred_clipped = y_pred  # clipping off, as in the lab");
        }
        pt.add("# nll_loss picks −log ŷ of the true class; cross_entropy would apply softmax again");
        pt.add("sample_losses = torch.nn.functional.nll_loss(torch.log(y_pred_clipped), y_true, reduction=\"none\")");
        pt.add("loss = sample_losses.mean()");
        addPrints(pt, p.length, "sample_losses.tolist()", "loss.item()");
        return new GeneratedCode(join(np), join(pt), Numbers.format(r.mean()), perSample(r), r);
    }

    /**
     * A batch of logits with class-index targets: the stable log-softmax by hand in NumPy, and
     * {@code F.cross_entropy} in PyTorch (which fuses the same log-softmax). No clipping applies.
     */
    public static GeneratedCode forLogits(double[][] z, int[] targets, Precision precision) {
        LossResult r = CrossEntropy.evaluateLogits(Matrix.of("logits", z), new Targets.Indices(targets), precision);

        List<String> np = new ArrayList<>();
        np.add("import numpy as np");
        np.add("");
        np.add("# raw scores (logits), one row per sample");
        np.add("logits = np.array(" + matrix(z, "                   ") + ", dtype=np." + dtype(precision) + ")");
        np.add("targets = np.array(" + ints(targets) + ")");
        np.add("");
        np.add("# stable log-softmax: subtract each row's max first, so exp never overflows");
        np.add("shifted = logits - np.max(logits, axis=1, keepdims=True)");
        np.add("log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))");
        np.add("sample_losses = -log_probs[range(len(targets)), targets]");
        np.add("loss = np.mean(sample_losses)");
        addPrints(np, z.length, "sample_losses", "loss");

        List<String> pt = new ArrayList<>();
        pt.add("import torch");
        pt.add("import torch.nn.functional as F");
        pt.add("");
        pt.add("logits = torch.tensor(" + matrix(z, "                       ") + ", dtype=torch." + dtype(precision) + ")");
        pt.add("targets = torch.tensor(" + ints(targets) + ")");
        pt.add("");
        pt.add("# cross_entropy takes logits and applies log-softmax itself: never pass probabilities");
        pt.add("sample_losses = F.cross_entropy(logits, targets, reduction=\"none\")");
        pt.add("loss = F.cross_entropy(logits, targets)");
        addPrints(pt, z.length, "sample_losses.tolist()", "loss.item()");
        return new GeneratedCode(join(np), join(pt), Numbers.format(r.mean()), perSample(r), r);
    }

    /** Reads the value of the {@link #EXPECTED} comment back from generated code (for tests). */
    public static String expectedComment(String code) {
        for (String line : code.split("\n")) {
            if (line.startsWith(EXPECTED)) {
                return line.substring(EXPECTED.length()).strip();
            }
        }
        return null;
    }

    private static void addPrints(List<String> out, int n, String each, String mean) {
        out.add("");
        if (n > 1) {
            out.add("print(" + each + ")");
            out.add(EXPECTED_PER_SAMPLE + HIDDEN_MARK + "each" + HIDDEN_MARK);
        }
        out.add("print(" + mean + ")");
        out.add(EXPECTED + HIDDEN_MARK + "mean" + HIDDEN_MARK);
    }

    private static List<String> perSample(LossResult r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            out.add(Numbers.format(r.loss(i)));
        }
        return out;
    }

    private static String dtype(Precision precision) {
        return precision == Precision.FLOAT32 ? "float32" : "float64";
    }

    /** A Python literal that parses back to exactly this double: 0.7, 1e-07, -2.1787893772125244. */
    static String literal(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v) + ".0";
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    private static String matrix(double[][] rows, String indent) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            if (i > 0) {
                sb.append(",\n").append(indent);
            }
            sb.append('[');
            for (int j = 0; j < rows[i].length; j++) {
                sb.append(j > 0 ? ", " : "").append(literal(rows[i][j]));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    private static String ints(int[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? ", " : "").append(v[i]);
        }
        return sb.append(']').toString();
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
