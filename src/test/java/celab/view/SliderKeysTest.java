package celab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SliderKeysTest {

    @Test
    void stepsLandOnTheFineGrid() {
        assertEquals(0.71, SliderKeys.next(0.7, 0.01, 0.001, 0, 1)); // not 0.7099999999999999
        assertEquals(0.701, SliderKeys.next(0.7, 0.001, 0.001, 0, 1));
        assertEquals(0.343, SliderKeys.next(1 / 3.0, 0.01, 0.001, 0, 1)); // off-grid start: onto the grid
        assertEquals(-6.0, SliderKeys.next(-6.500312, 0.5, 0.1, -15, -1)); // ε slider after 3.16e-7
        assertEquals(1.51, SliderKeys.next(1.5, 0.01, 0.01, -20, 20));
    }

    @Test
    void stepsStopAtTheEnds() {
        assertEquals(1.0, SliderKeys.next(0.995, 0.01, 0.001, 0, 1));
        assertEquals(0.0, SliderKeys.next(0.0004, -0.001, 0.001, 0, 1));
        assertEquals(-15.0, SliderKeys.next(-14.8, -0.5, 0.1, -15, -1));
    }
}
