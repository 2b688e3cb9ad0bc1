package dev.reuseagent.jmx;

import dev.reuseagent.report.Summary;
import dev.reuseagent.track.OriginStats;

import java.beans.ConstructorProperties;

/** One origin of {@link ReuseMXBean#getOrigins()}: an open-type row (CompositeData) for any JMX client. */
public final class OriginRow {

    private final String origin;
    private final long requests;
    private final long newConnections;
    private final long reusedConnections;
    private final double reusePercent;
    private final long failedExchanges;
    private final String topReason;
    private final String topSite;

    @ConstructorProperties({"origin", "requests", "newConnections", "reusedConnections", "reusePercent",
            "failedExchanges", "topReason", "topSite"})
    public OriginRow(String origin, long requests, long newConnections, long reusedConnections, double reusePercent,
            long failedExchanges, String topReason, String topSite) {
        this.origin = origin;
        this.requests = requests;
        this.newConnections = newConnections;
        this.reusedConnections = reusedConnections;
        this.reusePercent = reusePercent;
        this.failedExchanges = failedExchanges;
        this.topReason = topReason;
        this.topSite = topSite;
    }

    static OriginRow of(OriginStats.Snapshot o) {
        return new OriginRow(o.origin, o.requests, o.newConnections, o.reusedConnections, o.reusePercent(),
                o.failedExchanges, Summary.top(o.reasons), Summary.top(o.sites));
    }

    public String getOrigin() {
        return origin;
    }

    public long getRequests() {
        return requests;
    }

    public long getNewConnections() {
        return newConnections;
    }

    public long getReusedConnections() {
        return reusedConnections;
    }

    public double getReusePercent() {
        return reusePercent;
    }

    public long getFailedExchanges() {
        return failedExchanges;
    }

    /** The reason most of the origin's new connections had; null when none. */
    public String getTopReason() {
        return topReason;
    }

    /** The application line behind most of its new connections; null when none was found. */
    public String getTopSite() {
        return topSite;
    }
}
