package celab.io;

import celab.core.InputProblem;
import celab.core.LossWarning;
import celab.core.Matrix;

/**
 * A CSV file of numbers read into a {@link Matrix}, remembering the physical line each row came
 * from, so that a core problem at (row, column) can be told as {@code file:line:column}.
 *
 * @param file   the file's name as the user gave it
 * @param values one row per non-blank line
 * @param lines  the 1-based physical line of each row
 */
public record CsvTable(String file, Matrix values, int[] lines) {

    public CsvTable {
        if (lines.length != values.rows()) {
            throw new IllegalArgumentException(
                    lines.length + " line numbers for " + values.rows() + " rows");
        }
        lines = lines.clone();
    }

    /** The 1-based physical line of a 0-based row, or 0 when the file has no such row. */
    public int line(int row) {
        return row >= 0 && row < lines.length ? lines[row] : 0;
    }

    /**
     * A core problem located in this file: 0-based row → physical line, 0-based column →
     * 1-based column; a problem not about one row (an empty batch) names the file only.
     */
    public InputFileException locate(InputProblem problem) {
        int line = line(problem.row());
        int column = line > 0 && problem.column() >= 0 ? problem.column() + 1 : 0;
        return new InputFileException(file, line, column, problem.message());
    }

    /** A warning about one row, as {@code file:line: message}. */
    public String locate(LossWarning warning) {
        int line = line(warning.row());
        return file + (line > 0 ? ":" + line : "") + ": " + warning.message();
    }

    @Override
    public int[] lines() {
        return lines.clone();
    }
}
