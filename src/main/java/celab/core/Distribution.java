package celab.core;

import java.util.Arrays;

/**
 * One immutable prediction row ŷ: a probability per class. The lab keeps it a distribution while
 * a learner moves one class: the other classes are rescaled in proportion so the row still sums
 * to 1, and when they are all 0 the remainder is shared evenly among them.
 */
public final class Distribution {
    private final double[] p;

    private Distribution(double[] p) {
        this.p = p;
    }

    /** A copy of the given values, which must be finite and non-negative. */
    public static Distribution of(double... values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("need at least 2 classes, found " + values.length);
        }
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("probability " + v + " is not a finite value ≥ 0");
            }
        }
        return new Distribution(values.clone());
    }

    /** 1/C for each of C classes. */
    public static Distribution uniform(int classes) {
        double[] p = new double[classes];
        Arrays.fill(p, 1.0 / classes);
        return of(p);
    }

    public int size() {
        return p.length;
    }

    public double get(int cls) {
        return p[cls];
    }

    public double[] toArray() {
        return p.clone();
    }

    public double sum() {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }

    /** argmax, first maximum wins. */
    public int argmax() {
        return Accuracy.argmax(p);
    }

    /**
     * Sets class k to v (clamped to [0, 1]) and rescales the others by (1 − v) / (their sum) so the
     * row sums to 1; if the others are all 0, each gets (1 − v) / (C − 1).
     */
    public Distribution with(int k, double v) {
        double value = Math.min(1.0, Math.max(0.0, v));
        double rest = 0;
        for (int j = 0; j < p.length; j++) {
            if (j != k) {
                rest += p[j];
            }
        }
        double remaining = 1.0 - value;
        double[] out = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            if (j == k) {
                out[j] = value;
            } else if (rest > 0) {
                out[j] = p[j] * remaining / rest;
            } else {
                out[j] = remaining / (p.length - 1);
            }
        }
        return new Distribution(out);
    }

    /**
     * The same row with C classes: a new class joins with probability 1/C (the others shrink in
     * proportion); a removed class's share goes back to the rest in proportion.
     */
    public Distribution resize(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes, found " + classes);
        }
        Distribution d = this;
        while (d.size() < classes) {
            double[] grown = Arrays.copyOf(d.p, d.size() + 1);
            d = new Distribution(grown).with(grown.length - 1, 1.0 / grown.length);
        }
        if (d.size() > classes) {
            double[] kept = Arrays.copyOf(d.p, classes);
            double s = 0;
            for (double v : kept) {
                s += v;
            }
            if (s <= 0) {
                return uniform(classes);
            }
            for (int j = 0; j < classes; j++) {
                kept[j] /= s;
            }
            d = new Distribution(kept);
        }
        return d;
    }

    /** This row as a 1 × C matrix, for the batch functions of the core. */
    public Matrix asMatrix() {
        return Matrix.wrap(1, p.length, p.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution d && Arrays.equals(d.p, p);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(p);
    }

    @Override
    public String toString() {
        return Arrays.toString(p);
    }
}
