package dev.reuseagent.samples;

/** Bad command-line arguments. Its message is the one line printed on stderr before exiting with code 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
