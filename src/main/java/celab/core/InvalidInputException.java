package celab.core;

/** Thrown when an input cannot be computed with; carries where and what. */
public final class InvalidInputException extends IllegalArgumentException {
    private final InputProblem problem;

    public InvalidInputException(InputProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public InvalidInputException(String source, int row, int column, String message) {
        this(new InputProblem(source, row, column, message));
    }

    public InputProblem problem() {
        return problem;
    }
}
