package celab.core;

/** The floating-point format a computation runs in. */
public enum Precision {
    /** IEEE 754 double: about 16 significant digits; exp overflows just above 709.78. */
    FLOAT64,
    /** IEEE 754 single, as GPUs and PyTorch use by default: about 7 digits; exp overflows above 88.72. */
    FLOAT32;

    /** Rounds a value to this format (identity for FLOAT64). */
    public double round(double x) {
        return this == FLOAT32 ? (double) (float) x : x;
    }

    /** The largest x with a finite exp(x) in this format. */
    public double expOverflowThreshold() {
        return this == FLOAT32 ? Math.log(Float.MAX_VALUE) : Math.log(Double.MAX_VALUE);
    }

    /** Short label for buttons and readouts. */
    public String label() {
        return this == FLOAT32 ? "float32" : "float64";
    }
}
