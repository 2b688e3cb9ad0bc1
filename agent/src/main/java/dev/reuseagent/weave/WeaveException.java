package dev.reuseagent.weave;

/** Why a hook or a class cannot be woven; its message is the one-line reason the listener receives. */
final class WeaveException extends Exception {

    private static final long serialVersionUID = 1L;

    WeaveException(String reason) {
        // No stack trace: the message is the whole report, and failures must stay cheap.
        super(reason, null, false, false);
    }
}
