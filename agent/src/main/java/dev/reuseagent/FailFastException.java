package dev.reuseagent;

/** Thrown only when an option is invalid and failFast=true asked the agent to stop the JVM. */
public final class FailFastException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FailFastException(String message) {
        super(message);
    }
}
