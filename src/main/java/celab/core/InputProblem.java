package celab.core;

/**
 * One thing wrong with an input, located by 0-based row and column.
 *
 * @param source  which input: "predictions", "targets" or "logits"
 * @param row     0-based sample row, or -1 when the problem is not about one row
 * @param column  0-based column within the row, or -1 when not about one value
 * @param message what is wrong, in words a learner understands
 */
public record InputProblem(String source, int row, int column, String message) {

    /** "predictions row 3, column 2: probability -0.2 is below 0" (1-based for people). */
    public String describe() {
        StringBuilder sb = new StringBuilder(source);
        if (row >= 0) {
            sb.append(" row ").append(row + 1);
            if (column >= 0) {
                sb.append(", column ").append(column + 1);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}
