package dev.reuseagent.track;

/** Access for tests in other packages to state only the hooks set. */
public final class TrackFixtures {

    private TrackFixtures() {
    }

    /** What the TLS hook does when the handshake of this connection ends. */
    public static void attachTls(ConnectionRecord c, boolean resumed, long nanos) {
        c.attachTls(resumed, nanos);
    }
}
