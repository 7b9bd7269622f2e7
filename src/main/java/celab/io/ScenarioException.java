package celab.io;

/** A scenario file that cannot be opened; the message names the file and what is wrong. */
public final class ScenarioException extends Exception {
    public ScenarioException(String message) {
        super(message);
    }
}
