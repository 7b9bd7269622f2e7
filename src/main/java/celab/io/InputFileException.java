package celab.io;

/**
 * An input file that cannot be used, located the way compilers do: {@code file:line:column:
 * message}, with a 1-based physical line and a 1-based column (the value's position in its row).
 * Line and column are 0 when they do not apply and are then left out of the message. For a
 * binary file (NumPy {@code .npy}) the place is a row instead of a line, and the message says so:
 * {@code p.npy: row 3, column 2: message}.
 *
 * <p>The message is always one printable line: control characters, line separators and
 * bidirectional overrides in the file name or in text quoted from the file are escaped
 * ({@link Printable#line}). {@link #file()} and {@link #reason()} keep the raw text.
 */
public final class InputFileException extends Exception {
    private final String file;
    private final long line;
    private final int column;
    private final String reason;
    private final boolean rows;

    public InputFileException(String file, long line, int column, String reason) {
        this(file, line, column, reason, false);
    }

    private InputFileException(String file, long line, int column, String reason, boolean rows) {
        super(describe(file, line, column, reason, rows), null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.rows = rows;
    }

    /** A problem with the file as a whole: missing, unreadable, empty. */
    public static InputFileException whole(String file, String reason) {
        return new InputFileException(file, 0, 0, reason);
    }

    /** A problem at a 1-based row and column of a binary array file (no lines to count). */
    public static InputFileException atRow(String file, long row, int column, String reason) {
        return new InputFileException(file, row, column, reason, true);
    }

    public String file() {
        return file;
    }

    /** 1-based physical line (or row, for an array file), or 0 when the problem is not on one. */
    public int line() {
        return (int) Math.min(Integer.MAX_VALUE, line);
    }

    /** 1-based column, or 0 when the problem is not about one value. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    /** Whether {@link #line()} counts rows of an array file rather than lines of text. */
    public boolean countsRows() {
        return rows;
    }

    private static String describe(String file, long line, int column, String reason, boolean rows) {
        StringBuilder sb = new StringBuilder(Printable.line(file));
        if (line > 0 && rows) {
            sb.append(": row ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        } else if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(Printable.line(reason)).toString();
    }
}
