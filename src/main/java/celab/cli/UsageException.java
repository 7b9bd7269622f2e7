package celab.cli;

/** A command line that cannot be run: unknown option, missing value, bad number. Exit status 2. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
