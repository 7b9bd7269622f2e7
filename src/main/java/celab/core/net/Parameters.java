package celab.core.net;

import java.util.Arrays;

/**
 * Every weight and bias of a {@link Network} (or a gradient of the same shape) in one flat array:
 * W1 (inputs × hidden, row-major), b1 (hidden), W2 (hidden × classes, row-major), b2 (classes).
 * One array keeps optimizers to a single loop. Immutable by convention: nothing writes to the
 * array after construction, so a network can be handed to another thread as it is.
 */
public final class Parameters {
    private final int inputs;
    private final int hidden;
    private final int classes;
    private final double[] values;

    Parameters(int inputs, int hidden, int classes, double[] values) {
        if (values.length != count(inputs, hidden, classes)) {
            throw new IllegalArgumentException("expected " + count(inputs, hidden, classes) + " values, got " + values.length);
        }
        this.inputs = inputs;
        this.hidden = hidden;
        this.classes = classes;
        this.values = values;
    }

    /** Number of parameters: inputs·h + h + h·C + C. */
    public static int count(int inputs, int hidden, int classes) {
        return inputs * hidden + hidden + hidden * classes + classes;
    }

    public int inputs() {
        return inputs;
    }

    public int hidden() {
        return hidden;
    }

    public int classes() {
        return classes;
    }

    public int size() {
        return values.length;
    }

    /** Value number i in the flat layout. */
    public double get(int i) {
        return values[i];
    }

    /** A copy of all values in the flat layout. */
    public double[] toArray() {
        return values.clone();
    }

    /** A copy with value i replaced (for finite differences). */
    public Parameters with(int i, double v) {
        double[] copy = values.clone();
        copy[i] = v;
        return new Parameters(inputs, hidden, classes, copy);
    }

    /** W1[i][k]: from input i to hidden unit k. */
    public double w1(int i, int k) {
        return values[i * hidden + k];
    }

    public double b1(int k) {
        return values[offB1() + k];
    }

    /** W2[k][c]: from hidden unit k to class c. */
    public double w2(int k, int c) {
        return values[offW2() + k * classes + c];
    }

    public double b2(int c) {
        return values[offB2() + c];
    }

    int offB1() {
        return inputs * hidden;
    }

    int offW2() {
        return offB1() + hidden;
    }

    int offB2() {
        return offW2() + hidden * classes;
    }

    /** The backing array, for the network's and optimizers' loops only; never written. */
    double[] raw() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.inputs == inputs && p.hidden == hidden && p.classes == classes
                && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
