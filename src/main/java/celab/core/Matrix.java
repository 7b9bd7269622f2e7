package celab.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable rows × columns table of doubles, stored row-major in one flat array so that a
 * million-row batch is one allocation and is read in order.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * Wraps a flat row-major array without copying; the caller hands over ownership.
     * Used by generators and readers that build the array themselves.
     */
    public static Matrix wrap(int rows, int cols, double[] data) {
        if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException(
                    "data has " + data.length + " values, expected " + rows + " × " + cols);
        }
        return new Matrix(rows, cols, data);
    }

    /**
     * Copies rows of equal width. A row of another width is an {@link InvalidInputException}
     * naming the row; {@code source} says which input it is ("predictions", "targets", ...).
     */
    public static Matrix of(String source, double[][] rows) {
        int n = rows.length;
        int c = n == 0 ? 0 : rows[0].length;
        double[] flat = new double[n * c];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != c) {
                throw new InvalidInputException(source, i, Math.min(rows[i].length, c),
                        "row has " + rows[i].length + " values, expected " + c + " like row 1");
            }
            System.arraycopy(rows[i], 0, flat, i * c, c);
        }
        return new Matrix(n, c, flat);
    }

    /** Copies rows of equal width (see {@link #of(String, double[][])}). */
    public static Matrix of(double[]... rows) {
        return of("matrix", rows);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /**
     * The value at (row, col). Both are checked: the flat array alone would let column 3 of a
     * 3-wide matrix silently read the next row's first value.
     */
    public double get(int row, int col) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(col, cols);
        return data[row * cols + col];
    }

    /** A copy of one row (checked: copyOfRange would pad row {@code rows()} with zeros). */
    public double[] row(int row) {
        Objects.checkIndex(row, rows);
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    /** A copy of every row. */
    public double[][] toArrays() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = row(i);
        }
        return out;
    }

    /** The backing array, read-only by convention; for tight loops inside core. */
    double[] data() {
        return data;
    }

    /** A copy of this matrix with one value replaced. */
    public Matrix with(int row, int col, double value) {
        double[] copy = data.clone();
        copy[row * cols + col] = value;
        return new Matrix(rows, cols, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Math.min(rows, 8); i++) {
            sb.append(i == 0 ? "" : ", ").append(Arrays.toString(row(i)));
        }
        return sb.append(rows > 8 ? ", …]" : "]").toString();
    }
}
