package dev.reuseagent.jmx;

/**
 * The agent's counts over JMX, as MBean {@code dev.reuseagent:type=Reuse} ({@code jmx=true}): the per-origin table
 * and the totals of the summary, read at the moment they are asked for. Readable with jconsole, JMC or any JMX
 * client; names as in the summary JSON (docs/contracts.md §4.3, §7.4).
 */
public interface ReuseMXBean {

    /** One row per origin with traffic, most new connections first. */
    OriginRow[] getOrigins();

    long getRequests();

    long getNewConnections();

    long getReusedConnections();

    /** Reused connections per request served, in percent (one decimal), as in the summary. */
    double getReusePercent();

    long getFailedExchanges();

    /** Errors the agent's advice caught and swallowed: 0 in a healthy run. */
    long getAdviceErrors();

    /** The whole summary as JSON, schema {@code reuse-agent/summary/v1}. */
    String getSummaryJson();

    /** The summary as the text printed at exit. */
    String getSummaryText();
}
