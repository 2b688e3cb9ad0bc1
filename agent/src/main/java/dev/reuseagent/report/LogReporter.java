package dev.reuseagent.report;

import dev.reuseagent.config.Options.LogLevel;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.FailedConnection;
import dev.reuseagent.track.UnknownConnect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The greppable log lines (docs/contracts.md §4.1): new, closed and failed connections by default, reused with
 * log=all.
 */
public final class LogReporter implements EventSink {

    private final LogLevel level;
    private final LogRateLimiter limiter;
    private final Consumer<String> out;

    /** Lines go to the agent's log. */
    public LogReporter(LogLevel level, int linesPerMinute) {
        this(level, linesPerMinute, new ToAgentLog());
    }

    public LogReporter(LogLevel level, int linesPerMinute, Consumer<String> out) {
        this.level = level;
        this.limiter = new LogRateLimiter(linesPerMinute, TimeUnit.MINUTES.toNanos(1));
        this.out = out;
    }

    @Override
    public void opened(ConnectionRecord c) {
        if (level == LogLevel.OFF) {
            return;
        }
        if (allow("new connections to " + c.originLabel())) {
            out.accept(newLine(c));
        }
    }

    @Override
    public void reused(ConnectionRecord c, long idleNanos) {
        if (level == LogLevel.ALL && allow("reused connections to " + c.originLabel())) {
            out.accept(reusedLine(c, idleNanos));
        }
    }

    @Override
    public void closed(ConnectionRecord c, long ageNanos) {
        if (level != LogLevel.OFF && allow("closed connections to " + c.originLabel())) {
            out.accept(closedLine(c, ageNanos));
        }
    }

    @Override
    public void failedConnection(FailedConnection f) {
        if (level != LogLevel.OFF && allow("failed connections to " + f.originLabel())) {
            out.accept(failedLine(f));
        }
    }

    @Override
    public void unknownConnect(UnknownConnect u) {
        if (level != LogLevel.OFF && allow("new connections to " + u.endpoint())) {
            out.accept(unknownLine(u));
        }
    }

    @Override
    public boolean wantsReused() {
        return level == LogLevel.ALL;
    }

    /** Lines for events that were held back; called with each summary and at exit. */
    public void flush() {
        for (String note : limiter.flush()) {
            out.accept(note);
        }
    }

    private boolean allow(String key) {
        List<String> notes = new ArrayList<>(1);
        boolean allowed = limiter.allow(key, System.nanoTime(), notes);
        for (String note : notes) {
            out.accept(note);
        }
        return allowed;
    }

    static String newLine(ConnectionRecord c) {
        StringBuilder line = new StringBuilder(160)
                .append("new connection #").append(c.id())
                .append(" to ").append(c.originLabel())
                .append(" via ").append(c.client())
                .append(" reason=").append(c.reason().label())
                .append(" connect=").append(Durations.millis(c.connectNanos()));
        if (c.tls() != null) {
            line.append(" tls=").append(c.tls()).append('/').append(Durations.millis(c.tlsNanos()));
        }
        line.append(" at ").append(c.site() == null ? "unknown" : c.site());
        return line.toString();
    }

    static String reusedLine(ConnectionRecord c, long idleNanos) {
        return "reused connection #" + c.id() + " to " + c.originLabel() + " via " + c.client()
                + " idle=" + Durations.millis(idleNanos) + " uses=" + c.uses()
                + (c.keptBy() == null ? "" : " kept-by=" + c.keptBy());
    }

    static String closedLine(ConnectionRecord c, long ageNanos) {
        return "closed connection #" + c.id() + " to " + c.originLabel() + " cause=" + c.closeCause().label()
                + " uses=" + c.uses() + " age=" + Durations.human(ageNanos);
    }

    static String failedLine(FailedConnection f) {
        return "failed connection to " + f.originLabel() + " via " + f.client() + " error=" + f.error() + " at "
                + (f.site() == null ? "unknown" : f.site());
    }

    static String unknownLine(UnknownConnect u) {
        return "new connection #" + u.id() + " to " + u.endpoint() + " via unknown at "
                + (u.site() == null ? "unknown" : u.site());
    }

    /** A class, not {@code AgentLog::info}: a method reference's first use costs a cold JVM tens of milliseconds. */
    private static final class ToAgentLog implements Consumer<String> {
        @Override
        public void accept(String line) {
            AgentLog.info(line);
        }
    }
}
