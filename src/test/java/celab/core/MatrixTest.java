package celab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Matrix, targets and results are immutable: nobody can change a number behind a view's back. */
class MatrixTest {

    @Test
    void ofCopiesItsRows() {
        double[][] rows = {{0.7, 0.3}, {0.4, 0.6}};
        Matrix m = Matrix.of(rows);
        rows[0][0] = 99;

        assertEquals(0.7, m.get(0, 0));
        assertEquals(2, m.rows());
        assertEquals(2, m.cols());
    }

    @Test
    void rowAndToArraysHandOutCopies() {
        Matrix m = Matrix.of(Seeds.SOFTMAX_OUTPUTS);
        m.row(1)[1] = 99;
        m.toArrays()[2][1] = 99;

        assertEquals(0.5, m.get(1, 1));
        assertEquals(0.9, m.get(2, 1));
        assertArrayEquals(Seeds.SOFTMAX_OUTPUTS[2], m.toArrays()[2], 0.0);
    }

    @Test
    void withReturnsAChangedCopy() {
        Matrix m = Matrix.of(Seeds.SOFTMAX_OUTPUTS);
        Matrix changed = m.with(0, 0, 0.5);

        assertEquals(0.7, m.get(0, 0));
        assertEquals(0.5, changed.get(0, 0));
        assertNotEquals(m, changed);
        assertEquals(m, Matrix.of(Seeds.SOFTMAX_OUTPUTS));
        assertEquals(m.hashCode(), Matrix.of(Seeds.SOFTMAX_OUTPUTS).hashCode());
    }

    @Test
    void wrapChecksTheSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrix.wrap(2, 3, new double[5]));

        assertEquals("data has 5 values, expected 2 × 3", e.getMessage());
        assertEquals(6, Matrix.wrap(2, 3, new double[6]).rows() * 3);
    }

    @Test
    void getRejectsAColumnOutsideTheRow() {
        // Without a check, get(0, 3) of a 3-wide matrix would silently read row 1's first value.
        Matrix m = Matrix.of(Seeds.SOFTMAX_OUTPUTS);

        assertThrows(IndexOutOfBoundsException.class, () -> m.get(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(0, -1));
        // Arrays.copyOfRange would hand out [0, 0, 0] for the row after the last.
        assertThrows(IndexOutOfBoundsException.class, () -> m.row(3));
    }

    @Test
    void indexTargetsAreCopiedInAndOut() {
        int[] classes = {0, 1, 1};
        Targets.Indices t = Targets.indices(classes);
        classes[0] = 2;
        t.classes()[1] = 2;

        assertEquals(Targets.indices(0, 1, 1), t);
        assertEquals(1, t.trueClass(1));
        assertEquals(1.0, t.weight(1, 1));
        assertEquals(0.0, t.weight(1, 0));
        assertEquals("[0, 1, 1]", t.toString());
    }

    @Test
    void toOneHotBuildsTheSeedsOneHotRows() {
        Targets.Rows rows = Targets.indices(Seeds.CLASS_TARGETS).toOneHot(3);

        assertEquals(Matrix.of("targets", Seeds.ONE_HOT_TARGETS), rows.labels());
        assertEquals(true, rows.isOneHot());
    }

    @Test
    void resultHandsOutCopiesOfItsLosses() {
        LossResult r = CrossEntropy.evaluate(Matrix.of(Seeds.SOFTMAX_OUTPUTS), Targets.indices(Seeds.CLASS_TARGETS),
                Clipping.DEFAULT);
        r.perSample()[0] = 99;

        assertEquals(Seeds.PER_SAMPLE[0], r.loss(0), 5e-9);
        assertThrows(UnsupportedOperationException.class, () -> r.warnings().add(new LossWarning(0, "x")));
    }
}
