package celab.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiralDataTest {

    @Test
    void hasPerClassTimesClassesPointsInArmOrder() {
        SpiralData d = SpiralData.generate(100, 3, 0);
        assertEquals(300, d.size());
        assertEquals(2, d.points().cols());
        assertEquals(0, d.label(0));
        assertEquals(0, d.label(99));
        assertEquals(1, d.label(100));
        assertEquals(2, d.label(299));
    }

    @Test
    void radiusGrowsLinearlyFromTheCentreToOneOnEveryArm() {
        SpiralData d = SpiralData.generate(11, 4, 7);
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < 11; i++) {
                int row = k * 11 + i;
                double r = Math.hypot(d.x(row), d.y(row));
                assertEquals(i / 10.0, r, 1e-12, "arm " + k + " point " + i);
            }
        }
    }

    @Test
    void anglesFollowTheArmWithSmallNoise() {
        // t = 4k + 4i/(N−1) + 0.2·g and the angle atan2(x, y) = 2.5·t (mod 2π): the noise on the
        // angle is 0.5·g, so its spread around the noiseless angle is about 0.5 radians.
        SpiralData d = SpiralData.generate(200, 3, 3);
        double sumSq = 0;
        int n = 0;
        for (int k = 0; k < 3; k++) {
            for (int i = 1; i < 200; i++) {
                int row = k * 200 + i;
                double expected = 2.5 * (4.0 * k + 4.0 * i / 199.0);
                double actual = Math.atan2(d.x(row), d.y(row));
                double diff = Math.IEEEremainder(actual - expected, 2 * Math.PI);
                sumSq += diff * diff;
                n++;
            }
        }
        double sd = Math.sqrt(sumSq / n);
        assertTrue(sd > 0.4 && sd < 0.6, "angle noise sd " + sd);
    }

    @Test
    void sameSeedSamePointsOtherSeedOtherPoints() {
        assertEquals(SpiralData.generate(50, 3, 42).points(), SpiralData.generate(50, 3, 42).points());
        assertNotEquals(SpiralData.generate(50, 3, 42).points(), SpiralData.generate(50, 3, 43).points());
    }

    @Test
    void refusesSizesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> SpiralData.generate(1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> SpiralData.generate(100, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> SpiralData.generate(100, 11, 0));
    }
}
