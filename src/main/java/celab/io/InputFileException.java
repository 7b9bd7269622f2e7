package celab.io;

/**
 * An input file that cannot be used, located the way compilers do: {@code file:line:column:
 * message}, with a 1-based physical line and a 1-based column (the value's position in its row).
 * Line and column are 0 when they do not apply and are then left out of the message.
 */
public final class InputFileException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public InputFileException(String file, int line, int column, String reason) {
        super(describe(file, line, column, reason), null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** A problem with the file as a whole: missing, unreadable, empty. */
    public static InputFileException whole(String file, String reason) {
        return new InputFileException(file, 0, 0, reason);
    }

    public String file() {
        return file;
    }

    /** 1-based physical line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when the problem is not about one value. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    private static String describe(String file, int line, int column, String reason) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(reason).toString();
    }
}
