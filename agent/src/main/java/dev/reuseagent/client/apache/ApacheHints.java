package dev.reuseagent.client.apache;

import dev.reuseagent.report.ClientHints;

/** Apache HttpClient's fixes: how it ends connections, and how its pool's limits are raised in each version. */
public final class ApacheHints extends ClientHints {

    private final String leaseTimeout;
    private final String leaseLimits;

    /**
     * @param leaseTimeout how the version reports a lease that gave up
     * @param leaseLimits  how to raise the version's per-route and total limits
     */
    public ApacheHints(String leaseTimeout, String leaseLimits) {
        this.leaseTimeout = leaseTimeout;
        this.leaseLimits = leaseLimits;
    }

    @Override
    public String fix(String reason) {
        if (reason.equals("app-closed")) {
            return "The application ends connections: a Connection: close request header, a client (or connection "
                    + "manager) closed after use, or a no-reuse strategy: drop the header and keep one client open.";
        }
        return null;
    }

    @Override
    public String leaseTimeout() {
        return leaseTimeout;
    }

    @Override
    public String leaseLimits() {
        return leaseLimits;
    }
}
