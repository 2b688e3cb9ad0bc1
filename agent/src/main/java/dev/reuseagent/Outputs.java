package dev.reuseagent;

import dev.reuseagent.config.AgentConfig;
import dev.reuseagent.config.ListenAddress;
import dev.reuseagent.config.Options;
import dev.reuseagent.jmx.ReuseBean;
import dev.reuseagent.prometheus.MetricsServer;
import dev.reuseagent.report.AgentLog;
import dev.reuseagent.report.Summary;

import java.io.IOException;
import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.Supplier;

/**
 * What the agent runs besides its advice, each started from the configuration and stopped again on detach: the
 * summary at exit (a shutdown hook) and every {@code summaryInterval} (a timer thread), the MXBean, the
 * Prometheus endpoint.
 */
final class Outputs {

    private final Summaries summaries;
    private Thread atExit;
    private Timer interval;
    private boolean mbean;
    private MetricsServer prometheus;

    Outputs(Summaries summaries) {
        this.summaries = summaries;
    }

    void start(AgentConfig config, Notes notes) {
        Supplier<Summary> current = new Supplier<Summary>() {
            @Override
            public Summary get() {
                return summaries.current();
            }
        };
        if (config.get(Options.JMX)) {
            try {
                ReuseBean.register(current);
                mbean = true;
            } catch (Exception | LinkageError e) {
                notes.problem("jmx=true, but MBean " + ReuseBean.NAME + " could not be registered: " + e);
            }
        }
        ListenAddress address = config.get(Options.PROMETHEUS);
        if (address != null) {
            try {
                prometheus = MetricsServer.start(address.host(), address.port(), current);
                AgentLog.info("serving Prometheus metrics on http://"
                        + new ListenAddress(address.host(), prometheus.port()) + "/metrics");
            } catch (IOException | RuntimeException e) {
                notes.problem("prometheus=" + address + ": could not listen, no metrics are served: " + e);
            }
        }
        atExit = new Thread(new Runnable() {
            @Override
            public void run() {
                summaries.atExit();
            }
        }, "reuse-agent-summary");
        Runtime.getRuntime().addShutdownHook(atExit);
        Duration every = config.get(Options.SUMMARY_INTERVAL);
        if (every != null) {
            interval = new Timer("reuse-agent-summary-interval", true);
            interval.scheduleAtFixedRate(new TimerTask() {
                @Override
                public void run() {
                    summaries.summarize(false);
                }
            }, every.toMillis(), every.toMillis());
        }
    }

    /** Stops everything {@link #start} started; the summary at exit will not run. */
    void stop() {
        if (interval != null) {
            interval.cancel();
        }
        if (prometheus != null) {
            prometheus.close();
        }
        if (mbean) {
            ReuseBean.unregister();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs, as it would have anyway.
        }
    }
}
