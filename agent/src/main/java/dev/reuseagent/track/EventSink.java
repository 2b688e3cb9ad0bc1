package dev.reuseagent.track;

/** Where connection events go: the log, the JSON-lines stream. Called on the application's threads. */
public interface EventSink {

    /** A new connection, announced once, with its reason, site, connect and TLS times. */
    void opened(ConnectionRecord connection);

    /** A request on an already used connection; called only when {@link #wantsReused()}. */
    void reused(ConnectionRecord connection, long idleNanos);

    void closed(ConnectionRecord connection, long ageNanos);

    /** A connection failed before it could carry an exchange (its TLS handshake failed); reported at once. */
    default void failedConnection(FailedConnection failure) {
    }

    /**
     * *Added.* A TCP connect no recognised client claimed within its grace ({@code via unknown}); announced once,
     * on whatever thread noticed it.
     */
    default void unknownConnect(UnknownConnect connect) {
    }

    /** False keeps the reused path free of any formatting or allocation. */
    boolean wantsReused();

    EventSink NONE = new EventSink() {
        @Override
        public void opened(ConnectionRecord connection) {
        }

        @Override
        public void reused(ConnectionRecord connection, long idleNanos) {
        }

        @Override
        public void closed(ConnectionRecord connection, long ageNanos) {
        }

        @Override
        public boolean wantsReused() {
            return false;
        }
    };
}
