package celab.plot;

/**
 * The probability triangle of 3 classes drawn in pixels: corner k is the certain prediction
 * "class k with probability 1", and a row (p0, p1, p2) sits at the weighted mean of the corners,
 * <pre>  (x, y) = p0·V0 + p1·V1 + p2·V2</pre>
 * (barycentric coordinates). Pure math, no drawing, so it is unit-tested on its own.
 */
public record SimplexGeometry(double x0, double y0, double x1, double y1, double x2, double y2) {

    private static final double HEIGHT = Math.sqrt(3) / 2;

    /**
     * The largest equilateral triangle that fits a w × h area inside the given margins: class 0 at
     * the bottom left, class 1 at the top, class 2 at the bottom right.
     */
    public static SimplexGeometry fit(double w, double h, double side, double top, double bottom) {
        double s = Math.max(1, Math.min(w - 2 * side, (h - top - bottom) / HEIGHT));
        double cx = w / 2;
        double base = top + (h - top - bottom + s * HEIGHT) / 2;
        return new SimplexGeometry(cx - s / 2, base, cx, base - s * HEIGHT, cx + s / 2, base);
    }

    /** Corner k in pixels. */
    public double[] corner(int k) {
        return switch (k) {
            case 0 -> new double[] {x0, y0};
            case 1 -> new double[] {x1, y1};
            case 2 -> new double[] {x2, y2};
            default -> throw new IllegalArgumentException("corner " + k + " of a triangle");
        };
    }

    /** The pixel of the row p = (p0, p1, p2): Σ p_k·V_k. */
    public double[] toXY(double p0, double p1, double p2) {
        return new double[] {p0 * x0 + p1 * x1 + p2 * x2, p0 * y0 + p1 * y1 + p2 * y2};
    }

    public double[] toXY(double[] p) {
        return toXY(p[0], p[1], p[2]);
    }

    /**
     * The barycentric coordinates of a pixel: the weights that sum to 1 and give (x, y). Outside
     * the triangle one or two of them are negative.
     */
    public double[] toBarycentric(double x, double y) {
        double d = (y1 - y2) * (x0 - x2) + (x2 - x1) * (y0 - y2);
        double l0 = ((y1 - y2) * (x - x2) + (x2 - x1) * (y - y2)) / d;
        double l1 = ((y2 - y0) * (x - x2) + (x0 - x2) * (y - y2)) / d;
        return new double[] {l0, l1, 1 - l0 - l1};
    }

    /** The point of the triangle nearest to (x, y): (x, y) itself when inside, else on an edge. */
    public double[] nearestInside(double x, double y) {
        double[] l = toBarycentric(x, y);
        if (l[0] >= 0 && l[1] >= 0 && l[2] >= 0) {
            return new double[] {x, y};
        }
        double[][] v = {{x0, y0}, {x1, y1}, {x2, y2}};
        double[] best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            double[] q = nearestOnSegment(x, y, v[k], v[(k + 1) % 3]);
            double d = (q[0] - x) * (q[0] - x) + (q[1] - y) * (q[1] - y);
            if (d < bestD) {
                bestD = d;
                best = q;
            }
        }
        return best;
    }

    /**
     * The probability row under a pixel, clamped into the triangle and snapped to multiples of
     * 1/{@code steps}; non-negative and summing to 1.
     */
    public double[] rowAt(double x, double y, int steps) {
        double[] q = nearestInside(x, y);
        return snap(toBarycentric(q[0], q[1]), steps);
    }

    /**
     * Rounds each weight to a multiple of 1/steps (negatives from rounding error become 0), then gives
     * the rounding remainder to the largest weight so that the row sums to exactly 1 again. The
     * largest of three weights summing to 1 is at least 1/3, far more than the remainder.
     */
    public static double[] snap(double[] p, int steps) {
        double[] out = new double[p.length];
        int largest = 0;
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            out[k] = Math.max(0, Math.round(p[k] * steps) / (double) steps);
            if (out[k] > out[largest]) {
                largest = k;
            }
        }
        for (int k = 0; k < p.length; k++) {
            if (k != largest) {
                sum += out[k];
            }
        }
        out[largest] = 1 - sum;
        return out;
    }

    /** The centre: the uniform row (1/3, 1/3, 1/3). */
    public double[] centroid() {
        return new double[] {(x0 + x1 + x2) / 3, (y0 + y1 + y2) / 3};
    }

    /** Length of a side in pixels. */
    public double side() {
        return Math.hypot(x2 - x0, y2 - y0);
    }

    private static double[] nearestOnSegment(double x, double y, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t = ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return new double[] {a[0] + t * dx, a[1] + t * dy};
    }
}
