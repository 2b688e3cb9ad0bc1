package dev.reuseagent;

/**
 * What one install of the agent did, for the attach CLI to report (see {@link AttachOutcome}): the JVM that was
 * attached to prints its own lines, but only this comes back to the command that attached.
 */
public final class StartOutcome {

    /** The kinds of outcome, each with the attach CLI's exit status (docs/contracts.md §7.1). */
    public enum Kind {
        /** The agent started with the given options. */
        STARTED(0),
        /** {@code enabled=false}: the agent stays off, as asked. */
        DISABLED(0),
        /** An option was invalid: the agent stays off (a later attach with corrected options may start it). */
        REFUSED(3),
        /** The agent already runs in that JVM: these options were not applied. */
        ALREADY_RUNNING(4),
        /** The options were fine but the start failed: the application runs without the agent. */
        FAILED(5),
        /** {@code dump}: the message is the summary as it stands. */
        DUMPED(0),
        /** {@code detach}: the agent took itself out; the message says what was undone. */
        DETACHED(0),
        /** {@code dump} or {@code detach} found no running agent in that JVM. */
        NOT_RUNNING(6),
        /** {@code forget}: the outcome of the previous command (a dump can be large) was removed. */
        DONE(0);

        private final int exitStatus;

        Kind(int exitStatus) {
            this.exitStatus = exitStatus;
        }

        public int exitStatus() {
            return exitStatus;
        }
    }

    private final Kind kind;
    private final String message;

    public StartOutcome(Kind kind, String message) {
        this.kind = kind;
        this.message = message;
    }

    public Kind kind() {
        return kind;
    }

    /** The agent's own lines about it, without the {@code [reuse-agent]} prefix; several joined by a newline. */
    public String message() {
        return message;
    }
}
