package celab.core;

/**
 * How per-sample losses are spread, on a log scale: bins of equal width in log10(loss) from a
 * power of ten at or below the smallest positive loss to one at or above the largest finite
 * loss. Losses of 0 (or below, unclipped) and infinite losses are counted apart.
 *
 * @param edges    bin edges, one more than the bins, increasing
 * @param counts   samples per bin
 * @param zero     losses ≤ 0
 * @param infinite losses of +∞
 */
public record LossHistogram(double[] edges, int[] counts, int zero, int infinite) {

    /** Bins per factor of ten. */
    public static final int PER_DECADE = 4;

    public LossHistogram {
        edges = edges.clone();
        counts = counts.clone();
    }

    public static LossHistogram of(double[] losses) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int zero = 0;
        int infinite = 0;
        for (double l : losses) {
            if (l <= 0) {
                zero++;
            } else if (l == Double.POSITIVE_INFINITY) {
                infinite++;
            } else if (l > 0) {
                lo = Math.min(lo, l);
                hi = Math.max(hi, l);
            }
        }
        if (hi == 0) {
            return new LossHistogram(new double[] {1e-3, 1e1}, new int[1], zero, infinite);
        }
        int d0 = (int) Math.floor(Math.log10(lo));
        int d1 = Math.max(d0 + 1, (int) Math.ceil(Math.log10(hi)));
        int bins = (d1 - d0) * PER_DECADE;
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = Math.pow(10, d0 + (double) b / PER_DECADE);
        }
        int[] counts = new int[bins];
        for (double l : losses) {
            if (l > 0 && l < Double.POSITIVE_INFINITY) {
                int b = (int) Math.floor((Math.log10(l) - d0) * PER_DECADE);
                counts[Math.max(0, Math.min(bins - 1, b))]++;
            }
        }
        return new LossHistogram(edges, counts, zero, infinite);
    }

    public int bins() {
        return counts.length;
    }

    public int count(int bin) {
        return counts[bin];
    }

    public double lower(int bin) {
        return edges[bin];
    }

    public double upper(int bin) {
        return edges[bin + 1];
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** The fullest bin's count. */
    public int maxCount() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
