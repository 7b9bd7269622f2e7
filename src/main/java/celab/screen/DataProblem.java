package celab.screen;

/** Input that cannot be shown, with where: {@code file:line:column: what is wrong}. */
public final class DataProblem extends Exception {

    public DataProblem(String message) {
        super(message, null, false, false);
    }
}
