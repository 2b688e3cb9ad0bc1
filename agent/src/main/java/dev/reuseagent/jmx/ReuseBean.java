package dev.reuseagent.jmx;

import dev.reuseagent.report.Summary;
import dev.reuseagent.report.SummaryJson;
import dev.reuseagent.report.SummaryText;
import dev.reuseagent.track.OriginStats;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import javax.management.ObjectName;

/** {@link ReuseMXBean} over the summary the agent would print now; every read takes a fresh snapshot. */
public final class ReuseBean implements ReuseMXBean {

    public static final String NAME = "dev.reuseagent:type=Reuse";

    private final Supplier<Summary> summaries;

    private ReuseBean(Supplier<Summary> summaries) {
        this.summaries = summaries;
    }

    /**
     * Registers the bean with the platform MBean server.
     *
     * @throws Exception when JMX is unavailable or the name is taken (a second agent copy): the caller notes it
     */
    public static void register(Supplier<Summary> summaries) throws Exception {
        ManagementFactory.getPlatformMBeanServer().registerMBean(new ReuseBean(summaries), new ObjectName(NAME));
    }

    /** Removes the bean again (detach); nothing when it is not registered. */
    public static void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
        } catch (Exception e) {
            // not registered, or JMX gone: nothing to remove
        }
    }

    @Override
    public OriginRow[] getOrigins() {
        Summary s = summaries.get();
        OriginRow[] rows = new OriginRow[s.origins.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = OriginRow.of(s.origins.get(i));
        }
        return rows;
    }

    @Override
    public long getRequests() {
        return new Totals(summaries.get()).requests;
    }

    @Override
    public long getNewConnections() {
        return new Totals(summaries.get()).fresh;
    }

    @Override
    public long getReusedConnections() {
        return new Totals(summaries.get()).reused;
    }

    @Override
    public double getReusePercent() {
        Totals t = new Totals(summaries.get());
        return t.fresh + t.reused == 0 ? 0.0 : Math.round(1000.0 * t.reused / (t.fresh + t.reused)) / 10.0;
    }

    @Override
    public long getFailedExchanges() {
        return new Totals(summaries.get()).failed;
    }

    @Override
    public long getAdviceErrors() {
        return summaries.get().adviceErrors;
    }

    @Override
    public String getSummaryJson() {
        return SummaryJson.render(summaries.get());
    }

    @Override
    public String getSummaryText() {
        return SummaryText.render(summaries.get());
    }

    /** The totals over every origin of one snapshot. */
    private static final class Totals {
        long requests;
        long fresh;
        long reused;
        long failed;

        Totals(Summary s) {
            for (OriginStats.Snapshot o : s.origins) {
                requests += o.requests;
                fresh += o.newConnections;
                reused += o.reusedConnections;
                failed += o.failedExchanges;
            }
        }
    }
}
