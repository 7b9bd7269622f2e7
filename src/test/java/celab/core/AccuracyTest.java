package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** argmax with NumPy's tie rule, and accuracy as the share of argmax hits. */
class AccuracyTest {

    @Provide
    Arbitrary<double[]> rowsWithTies() {
        // Few distinct values so that ties are common.
        return Generators.classes().flatMap(c -> Arbitraries.of(0.0, 0.1, 0.25, 0.5, 0.9)
                .array(double[].class).ofSize(c));
    }

    @Property
    void argmaxIsTheFirstPositionOfTheMaximum(@ForAll("rowsWithTies") double[] row) {
        int k = Accuracy.argmax(row);

        for (int j = 0; j < row.length; j++) {
            assertTrue(row[j] <= row[k], "not a maximum");
            if (j < k) {
                assertTrue(row[j] < row[k], "an earlier position holds the same maximum");
            }
        }
        assertEquals(k, Accuracy.argmax(Matrix.of(row), 0), "matrix and array forms agree");
    }

    @Test
    void tiesGoToTheFirstMaximumAsInNumpy() {
        // np.argmax([0.33333334, 0.33333334, 0.33333334]) == 0 (seed 002's first output row)
        assertEquals(0, Accuracy.argmax(new double[] {0.33333334, 0.33333334, 0.33333334}));
        assertEquals(1, Accuracy.argmax(new double[] {0.2, 0.4, 0.4}));
        assertEquals(0, Accuracy.argmax(new double[] {0.5, 0.5}));
        assertEquals(2, Accuracy.argmax(new double[] {0.1, 0.2, 0.7}));
    }

    @Test
    void labelRowTargetsUseArgmaxWithTheSameTieRule() {
        Targets.Rows soft = Targets.rows(new double[] {0.25, 0.5, 0.25}, new double[] {0.4, 0.2, 0.4});

        assertEquals(1, soft.trueClass(0));
        assertEquals(0, soft.trueClass(1));
    }

    @Test
    void accuracyCountsArgmaxHits() {
        Matrix p = Matrix.of(Seeds.SOFTMAX_OUTPUTS);

        assertEquals(1.0, Accuracy.accuracy(p, Targets.indices(0, 1, 1)));
        assertEquals(2.0 / 3, Accuracy.accuracy(p, Targets.indices(0, 1, 0)), 1e-15);
        assertEquals(0.0, Accuracy.accuracy(p, Targets.indices(1, 0, 0)));
    }

    @Test
    void resultKnowsWhichSamplesAreRight() {
        LossResult r = CrossEntropy.evaluate(Matrix.of(Seeds.SOFTMAX_OUTPUTS), Targets.indices(0, 2, 1),
                Clipping.DEFAULT);

        assertTrue(r.correct(0));
        assertEquals(1, r.predicted(1));
        assertEquals(2, r.trueClass(1));
        assertEquals(false, r.correct(1));
        assertEquals(2.0 / 3, r.accuracy(), 1e-15);
        assertEquals("66.7%", Numbers.percent(r.accuracy()));
    }

    @Test
    void accuracyOfAnEmptyBatchIsUndefined() {
        assertTrue(Double.isNaN(Accuracy.accuracy(Matrix.wrap(0, 3, new double[0]), Targets.indices())));
    }
}
