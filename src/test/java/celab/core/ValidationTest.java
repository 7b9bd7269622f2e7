package celab.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One test per bad input: each checks which input, the 0-based row and column, and the exact
 * words a learner (or the CLI's file:line:column) gets.
 */
class ValidationTest {

    private static final Targets SEED_TARGETS = Targets.indices(Seeds.CLASS_TARGETS);

    private static InputProblem problem(Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(e.problem().describe(), e.getMessage());
        return e.problem();
    }

    private static void assertProblem(InputProblem p, String source, int row, int column, String message) {
        assertAll(
                () -> assertEquals(message, p.message()),
                () -> assertEquals(source, p.source()),
                () -> assertEquals(row, p.row(), "row"),
                () -> assertEquals(column, p.column(), "column"));
    }

    private static InputProblem evaluateWithPrediction(int row, int col, double value) {
        Matrix bad = Matrix.of("predictions", Seeds.SOFTMAX_OUTPUTS).with(row, col, value);
        return problem(() -> CrossEntropy.evaluate(bad, SEED_TARGETS, Clipping.DEFAULT));
    }

    private static InputProblem parseTargets(double[][] raw, int classes) {
        return problem(() -> Validation.parseTargets(Matrix.of("targets", raw), classes));
    }

    // --- predictions ---------------------------------------------------------------------------

    @Test
    void nanProbability() {
        InputProblem p = evaluateWithPrediction(1, 2, Double.NaN);

        assertProblem(p, "predictions", 1, 2, "probability is NaN (not a number)");
        assertEquals("predictions row 2, column 3: probability is NaN (not a number)", p.describe());
    }

    @Test
    void positiveInfinityProbability() {
        assertProblem(evaluateWithPrediction(2, 0, Double.POSITIVE_INFINITY),
                "predictions", 2, 0, "probability is Infinity; it must be finite");
    }

    @Test
    void negativeInfinityProbability() {
        assertProblem(evaluateWithPrediction(0, 1, Double.NEGATIVE_INFINITY),
                "predictions", 0, 1, "probability is -Infinity; it must be finite");
    }

    @Test
    void probabilityBelowZero() {
        InputProblem p = evaluateWithPrediction(2, 1, -0.2);

        assertProblem(p, "predictions", 2, 1, "probability -0.2 is below 0");
        assertEquals("predictions row 3, column 2: probability -0.2 is below 0", p.describe());
    }

    @Test
    void probabilityAboveOne() {
        assertProblem(evaluateWithPrediction(0, 0, 1.0000011),
                "predictions", 0, 0, "probability 1.0000011 is above 1");
    }

    @Test
    void probabilityOneMillionthAboveOneIsRoundingAndAllowed() {
        Matrix rounded = Matrix.of("predictions", new double[][] {{1 + 1e-6, 0, 0}, {0, 1, 0}});

        LossResult r = CrossEntropy.evaluate(rounded, Targets.indices(0, 1), Clipping.DEFAULT);

        assertEquals(Seeds.FLOOR, r.loss(0), 1e-20);
        assertTrue(r.warnings().isEmpty(), () -> "unexpected " + r.warnings());
    }

    @Test
    void nanLogit() {
        Matrix logits = Matrix.of("logits", Seeds.TORCH_LOGITS).with(3, 2, Double.NaN);

        assertProblem(problem(() -> CrossEntropy.evaluateLogits(logits, Targets.indices(Seeds.TORCH_TARGETS),
                Precision.FLOAT64)), "logits", 3, 2, "logit is NaN (not a number)");
    }

    @Test
    void infiniteLogit() {
        Matrix logits = Matrix.of("logits", Seeds.TORCH_LOGITS).with(1, 0, Double.POSITIVE_INFINITY);

        assertProblem(problem(() -> CrossEntropy.evaluateLogits(logits, Targets.indices(Seeds.TORCH_TARGETS),
                Precision.FLOAT32)), "logits", 1, 0, "logit is Infinity; it must be finite");
    }

    // --- class indices ---------------------------------------------------------------------------

    @Test
    void negativeClassIndexInFile() {
        assertProblem(parseTargets(new double[][] {{0}, {-1}, {1}}, 3),
                "targets", 1, 0, "class index -1 is negative; classes are numbered from 0");
    }

    @Test
    void negativeClassIndexInTargets() {
        assertProblem(problem(() -> CrossEntropy.evaluate(Matrix.of(Seeds.SOFTMAX_OUTPUTS),
                        Targets.indices(0, 1, -2), Clipping.DEFAULT)),
                "targets", 2, 0, "class index -2 is negative; classes are numbered from 0");
    }

    @Test
    void classIndexNotAWholeNumber() {
        assertProblem(parseTargets(new double[][] {{0}, {1}, {1.5}}, 3),
                "targets", 2, 0, "class index 1.5 is not a whole number");
    }

    @Test
    void classIndexOutOfRangeInFile() {
        InputProblem p = parseTargets(new double[][] {{0}, {1}, {3}}, 3);

        assertProblem(p, "targets", 2, 0, "class index 3 is out of range [0, 3)");
        assertEquals("targets row 3, column 1: class index 3 is out of range [0, 3)", p.describe());
    }

    @Test
    void classIndexOutOfRangeInTargets() {
        assertProblem(problem(() -> CrossEntropy.evaluate(Matrix.of(Seeds.SOFTMAX_OUTPUTS),
                        Targets.indices(0, 3, 1), Clipping.DEFAULT)),
                "targets", 1, 0, "class index 3 is out of range [0, 3)");
    }

    @Test
    void hugeClassIndexIsQuotedAsWritten() {
        // Larger than an int: the message must name the number in the file, not a clamped one.
        assertProblem(parseTargets(new double[][] {{0}, {1e10}}, 3),
                "targets", 1, 0, "class index 10000000000 is out of range [0, 3)");
        assertProblem(parseTargets(new double[][] {{-1e10}}, 3),
                "targets", 0, 0, "class index -10000000000 is negative; classes are numbered from 0");
    }

    @Test
    void nanClassIndex() {
        assertProblem(parseTargets(new double[][] {{0}, {Double.NaN}}, 3),
                "targets", 1, 0, "class index is NaN (not a number)");
    }

    @Test
    void validClassIndicesAreParsed() {
        Targets t = Validation.parseTargets(Matrix.of("targets", new double[][] {{0}, {1}, {1}}), 3);

        assertEquals(SEED_TARGETS, t);
    }

    // --- label rows ------------------------------------------------------------------------------

    @Test
    void oneHotRowWithNoOne() {
        assertProblem(parseTargets(new double[][] {{1, 0, 0}, {0, 0, 0}}, 3),
                "targets", 1, -1, "one-hot row has no 1");
    }

    @Test
    void oneHotRowWithSeveralOnes() {
        assertProblem(parseTargets(new double[][] {{1, 0, 0}, {0, 1, 0}, {1, 0, 1}}, 3),
                "targets", 2, -1, "one-hot row has 2 ones; exactly one class can be true");
    }

    @Test
    void softLabelNegative() {
        assertProblem(parseTargets(new double[][] {{0.2, -0.2, 1.0}}, 3),
                "targets", 0, 1, "label -0.2 is negative");
    }

    @Test
    void softLabelNotSummingToOne() {
        assertProblem(parseTargets(new double[][] {{1, 0, 0}, {0.5, 0.3, 0.1}}, 3),
                "targets", 1, -1, "soft-label row sums to 0.900000, not 1");
    }

    @Test
    void softLabelJustOutsideTheToleranceShowsTheDigitsThatDiffer() {
        // Six digits would print "1.00000", which reads as 1 in a message saying "not 1".
        assertProblem(parseTargets(new double[][] {{0.5, 0.5000015, 0}}, 3),
                "targets", 0, -1, "soft-label row sums to 1.0000015, not 1");
    }

    @Test
    void infiniteLabel() {
        assertProblem(parseTargets(new double[][] {{0, Double.NEGATIVE_INFINITY, 1}}, 3),
                "targets", 0, 1, "label is -Infinity; it must be finite");
    }

    @Test
    void validLabelRowsAreParsed() {
        Targets t = Validation.parseTargets(Matrix.of("targets", new double[][] {{1, 0, 0}, {0.25, 0.5, 0.25}}), 3);

        Targets.Rows rows = assertInstanceOf(Targets.Rows.class, t);
        assertEquals(1, rows.trueClass(1));
        assertEquals(false, rows.isOneHot());
        assertEquals(true, ((Targets.Rows) Targets.rows(Seeds.ONE_HOT_TARGETS)).isOneHot());
    }

    @Test
    void badLabelRowIsCaughtByEvaluateToo() {
        assertProblem(problem(() -> CrossEntropy.evaluate(Matrix.of(Seeds.SOFTMAX_OUTPUTS),
                        Targets.rows(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 1, 1}),
                        Clipping.DEFAULT)),
                "targets", 2, -1, "one-hot row has 2 ones; exactly one class can be true");
    }

    // --- shapes ----------------------------------------------------------------------------------

    @Test
    void mismatchedRowCounts() {
        InputProblem p = problem(() -> CrossEntropy.evaluate(Matrix.of(Seeds.SOFTMAX_OUTPUTS),
                Targets.indices(0, 1), Clipping.DEFAULT));

        assertProblem(p, "targets", 2, -1, "predictions have 3 rows but targets have 2");
    }

    @Test
    void raggedRows() {
        InputProblem p = problem(() -> Matrix.of("predictions",
                new double[][] {{0.5, 0.5}, {0.2, 0.3, 0.5}}));

        assertProblem(p, "predictions", 1, 2, "row has 3 values, expected 2 like row 1");
    }

    @Test
    void raggedShortRow() {
        InputProblem p = problem(() -> Matrix.of("targets", new double[][] {{1, 0, 0}, {0, 1, 0}, {1}}));

        assertProblem(p, "targets", 2, 1, "row has 1 values, expected 3 like row 1");
    }

    @Test
    void targetsWidthNeitherOneNorClassCount() {
        assertProblem(parseTargets(new double[][] {{1, 0}, {0, 1}}, 3),
                "targets", 0, -1, "row has 2 values; expected 1 class index or 3 label values");
    }

    @Test
    void labelRowsNarrowerThanThePredictions() {
        // Label rows must have one value per class, even when there is exactly one column.
        Targets.Rows oneColumn = Targets.rows(new double[] {1}, new double[] {0}, new double[] {1});

        InputProblem p = problem(() -> CrossEntropy.evaluate(Matrix.of(Seeds.SOFTMAX_OUTPUTS), oneColumn,
                Clipping.DEFAULT));

        assertProblem(p, "targets", 0, -1, "label rows have 1 values; expected 3, one per class");
    }

    @Test
    void labelRowsWiderThanThePredictions() {
        Targets.Rows fourColumns = Targets.rows(new double[] {1, 0, 0, 0}, new double[] {0, 1, 0, 0},
                new double[] {0, 1, 0, 0});

        InputProblem p = problem(() -> CrossEntropy.evaluateLogits(Matrix.of(Seeds.SOFTMAX_OUTPUTS), fourColumns,
                Precision.FLOAT64));

        assertProblem(p, "targets", 0, -1, "label rows have 4 values; expected 3, one per class");
    }

    @Test
    void fewerThanTwoClasses() {
        Matrix oneClass = Matrix.of("predictions", new double[][] {{1.0}, {1.0}});

        assertProblem(problem(() -> CrossEntropy.evaluate(oneClass, Targets.indices(0, 0), Clipping.DEFAULT)),
                "predictions", 0, -1, "need at least 2 classes, found 1");
    }

    @Test
    void emptyBatch() {
        Matrix empty = Matrix.of("predictions", new double[0][]);

        InputProblem p = problem(() -> CrossEntropy.evaluate(empty, Targets.indices(), Clipping.DEFAULT));

        assertProblem(p, "predictions", -1, -1, "the batch is empty: there are no samples");
        assertEquals("predictions: the batch is empty: there are no samples", p.describe());
    }

    @Test
    void emptyLogitsBatch() {
        assertProblem(problem(() -> CrossEntropy.evaluateLogits(Matrix.wrap(0, 3, new double[0]), Targets.indices(),
                Precision.FLOAT64)), "logits", -1, -1, "the batch is empty: there are no samples");
    }

    @Test
    void emptyTargetsFile() {
        assertProblem(parseTargets(new double[0][], 3),
                "targets", -1, -1, "the batch is empty: there are no targets");
    }

    // --- warnings, not errors --------------------------------------------------------------------

    @Test
    void rowNotSummingToOneIsAWarningAndComputedAsGiven() {
        // Row 1 sums to 0.9; the loss is -log(0.5), not -log(0.5 / 0.9).
        Matrix p = Matrix.of("predictions", new double[][] {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.3}, {0.02, 0.9, 0.08}});

        LossResult r = CrossEntropy.evaluate(p, SEED_TARGETS, Clipping.DEFAULT);

        assertEquals(Seeds.PER_SAMPLE[1], r.loss(1), 5e-9);
        assertEquals(0.5, r.pTrue(1));
        List<LossWarning> w = r.warnings();
        assertEquals(1, w.size());
        assertEquals(1, w.get(0).row());
        assertEquals("probabilities sum to 0.900000, not 1 (computed as given, not renormalised)",
                w.get(0).message());
        assertEquals("sample 2: probabilities sum to 0.900000, not 1 (computed as given, not renormalised)",
                w.get(0).describe());
    }

    @Test
    void warningJustOutsideTheToleranceShowsTheDigitsThatDiffer() {
        List<LossWarning> w = Validation.checkProbabilities(
                Matrix.of(new double[] {0.5, 0.4999985, 0}, new double[] {0.7, 0.1, 0.2}));

        assertEquals(1, w.size());
        assertEquals("probabilities sum to 0.99999850, not 1 (computed as given, not renormalised)",
                w.get(0).message());
    }

    @Test
    void rowsSummingToOneGiveNoWarning() {
        assertTrue(Validation.checkProbabilities(Matrix.of(Seeds.SOFTMAX_OUTPUTS)).isEmpty());
    }

    @Test
    void logitsNeverWarnAboutSums() {
        LossResult r = CrossEntropy.evaluateLogits(Matrix.of(Seeds.TORCH_LOGITS),
                Targets.indices(Seeds.TORCH_TARGETS), Precision.FLOAT64);

        assertTrue(r.warnings().isEmpty());
    }
}
