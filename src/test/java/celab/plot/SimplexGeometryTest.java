package celab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Barycentric ↔ pixel on a triangle with known corners. */
class SimplexGeometryTest {
    // corners: class 0 at (100, 400), class 1 at (250, 140), class 2 at (400, 400)
    private final SimplexGeometry g = new SimplexGeometry(100, 400, 250, 140, 400, 400);

    @Test
    void cornersAndCentre() {
        assertArrayEquals(new double[] {100, 400}, g.toXY(1, 0, 0), 1e-9);
        assertArrayEquals(new double[] {250, 140}, g.toXY(0, 1, 0), 1e-9);
        assertArrayEquals(new double[] {400, 400}, g.toXY(0, 0, 1), 1e-9);
        assertArrayEquals(new double[] {250, 940.0 / 3}, g.toXY(1 / 3.0, 1 / 3.0, 1 / 3.0), 1e-9);
        assertArrayEquals(new double[] {250, 940.0 / 3}, g.centroid(), 1e-9);
    }

    @Test
    void theSeedsPredictionA() {
        // 0.22·(100,400) + 0.6·(250,140) + 0.18·(400,400) = (244, 244)
        assertArrayEquals(new double[] {244, 244}, g.toXY(0.22, 0.6, 0.18), 1e-9);
        assertArrayEquals(new double[] {0.22, 0.6, 0.18}, g.toBarycentric(244, 244), 1e-12);
    }

    @Test
    void outsidePointsHaveNegativeWeightsAndAreClampedToTheNearestEdge() {
        double[] l = g.toBarycentric(250, 450); // below the base
        assertTrue(l[1] < 0);
        assertArrayEquals(new double[] {250, 400}, g.nearestInside(250, 450), 1e-9);
        assertArrayEquals(new double[] {100, 400}, g.nearestInside(50, 450), 1e-9, "beyond a corner");
        assertArrayEquals(new double[] {0.5, 0, 0.5}, g.rowAt(250, 450, 1000), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, g.rowAt(0, 500, 1000), 1e-12);
        assertArrayEquals(new double[] {0, 1, 0}, g.rowAt(250, 0, 1000), 1e-12);
    }

    @Test
    void snapKeepsTheSumExactlyOne() {
        double[] s = SimplexGeometry.snap(new double[] {0.33333, 0.33333, 0.33334}, 1000);
        assertEquals(1.0, s[0] + s[1] + s[2], 0);
        assertArrayEquals(new double[] {0.334, 0.333, 0.333}, s, 1e-12, "the first of equal weights takes the remainder");
        double[] a = SimplexGeometry.snap(new double[] {0.2204, 0.5996, 0.18}, 1000);
        assertArrayEquals(new double[] {0.22, 0.6, 0.18}, a, 1e-12);
        double[] t = SimplexGeometry.snap(new double[] {-1e-17, 0.4996, 0.5004}, 1000);
        assertEquals(0.0, t[0]);
        assertEquals(1.0, t[0] + t[1] + t[2], 0);
    }

    @Test
    void fitMakesAnEquilateralTriangleInsideTheMargins() {
        SimplexGeometry f = SimplexGeometry.fit(600, 400, 40, 30, 30);
        // height 340 limits: side = 340 / (√3/2) = 392.6
        assertEquals(340 / (Math.sqrt(3) / 2), f.side(), 1e-9);
        assertEquals(f.side(), Math.hypot(f.x1() - f.x0(), f.y1() - f.y0()), 1e-9);
        assertEquals(30, f.y1(), 1e-9);
        assertEquals(370, f.y0(), 1e-9);
        assertEquals(300, f.x1(), 1e-9);
        SimplexGeometry narrow = SimplexGeometry.fit(300, 800, 40, 30, 30);
        assertEquals(220, narrow.side(), 1e-9);
        assertTrue(narrow.x0() >= 40 && narrow.x2() <= 260);
    }

    @Property
    void rowToPixelAndBackIsTheSameRow(@ForAll @DoubleRange(min = 0, max = 1) double a,
                                       @ForAll @DoubleRange(min = 0, max = 1) double b) {
        double p0 = a * (1 - b);
        double p1 = b;
        double p2 = 1 - p0 - p1;
        double[] xy = g.toXY(p0, p1, p2);
        assertArrayEquals(new double[] {p0, p1, p2}, g.toBarycentric(xy[0], xy[1]), 1e-9);
        double[] row = g.rowAt(xy[0], xy[1], 1000);
        assertEquals(1.0, row[0] + row[1] + row[2], 1e-12);
        assertTrue(row[0] >= 0 && row[1] >= 0 && row[2] >= 0);
    }

    @Property
    void everyPixelMapsToARowInsideTheTriangle(@ForAll @DoubleRange(min = -500, max = 1000) double x,
                                               @ForAll @DoubleRange(min = -500, max = 1000) double y) {
        double[] row = g.rowAt(x, y, 1000);
        assertEquals(1.0, row[0] + row[1] + row[2], 1e-12);
        for (double v : row) {
            assertTrue(v >= 0 && v <= 1, "weight " + v);
        }
        double[] q = g.nearestInside(x, y);
        double[] l = g.toBarycentric(q[0], q[1]);
        for (double v : l) {
            assertTrue(v >= -1e-9, "inside: " + v);
        }
    }
}
