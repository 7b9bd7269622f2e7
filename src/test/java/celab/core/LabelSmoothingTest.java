package celab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelSmoothingTest {

    @Test
    void mixesOneHotWithUniform() {
        assertArrayEquals(new double[] {0.1 / 3, 0.9 + 0.1 / 3, 0.1 / 3},
                LabelSmoothing.row(1, 3, 0.1), 1e-15);
    }

    @Test
    void zeroIsOneHotAndOneIsUniform() {
        assertArrayEquals(new double[] {0, 0, 1, 0}, LabelSmoothing.row(2, 4, 0.0), 0.0);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, LabelSmoothing.row(2, 4, 1.0), 1e-15);
    }

    /**
     * PyTorch (float64): F.cross_entropy(torch.tensor([[2.0, 1.0, 0.1]]), torch.tensor([0]),
     * label_smoothing=0.1) = 0.5136966829445004, and 0.41703001627783376 without smoothing; the
     * same values follow from −Σ y·log softmax(z) with the smoothed row.
     */
    @Test
    void matchesPyTorchOnTheLogitsExample() {
        double[] logSoftmax = Softmax.logSoftmax(new double[] {2.0, 1.0, 0.1});
        double[] y = LabelSmoothing.row(0, 3, 0.1);
        double loss = 0;
        for (int j = 0; j < 3; j++) {
            loss -= y[j] * logSoftmax[j];
        }
        assertEquals(0.41703001627783376, -logSoftmax[0], 1e-14);
        assertEquals(0.5136966829445004, loss, 1e-14);
    }

    @Test
    void refusesAlphaOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> LabelSmoothing.row(0, 3, -0.1));
        assertThrows(IllegalArgumentException.class, () -> LabelSmoothing.row(0, 3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LabelSmoothing.row(3, 3, 0.1));
    }
}
