package dev.reuseagent.report;

/**
 * What the summary's hints say about one client, where its own terms help more than the generic text: the
 * system property or builder method to change, the exception it throws. Each client slice may extend it.
 */
public class ClientHints {

    /** The generic texts, for clients that say nothing of their own. */
    public static final ClientHints GENERIC = new ClientHints();

    /** The fix for avoidable new connections with this reason in the client's terms, or null for the generic one. */
    public String fix(String reason) {
        return null;
    }

    /** How the client reports a request that gave up waiting for a pooled connection. */
    public String leaseTimeout() {
        return "\"Timeout waiting for connection from pool\"";
    }

    /** How to let more requests run at once through the client's pool. */
    public String leaseLimits() {
        return "raise the pool's per-route and total limits";
    }
}
