package dev.reuseagent.report;

import dev.reuseagent.config.FailOn;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EventSink;

import java.util.HashSet;
import java.util.Set;

/**
 * Says as it happens that a new connection will fail the run ({@code failOn}): a test runner such as Maven
 * Surefire stops reading a forked JVM's output once its tests are done, so the lines the summary prints at exit
 * may never reach the build log, while this one does. Once per reason and site.
 */
public final class FailOnSink implements EventSink {

    /** Distinct reason-and-site pairs announced; beyond it the summary still lists them all. */
    private static final int MAX_ANNOUNCED = 100;

    private final FailOn failOn;
    private final Set<String> announced = new HashSet<>();

    public FailOnSink(FailOn failOn) {
        this.failOn = failOn;
    }

    @Override
    public void opened(ConnectionRecord c) {
        if (!failOn.forbids(c.reason())) {
            return;
        }
        String key = c.reason().label() + " " + c.site();
        synchronized (announced) {
            if (announced.size() >= MAX_ANNOUNCED || !announced.add(key)) {
                return;
            }
        }
        AgentLog.warn("failOn=" + failOn + ": new connection #" + c.id() + " to " + c.originLabel() + " reason="
                + c.reason().label() + " at " + (c.site() == null ? "(no site captured)" : c.site())
                + " fails this run: the JVM will end with exit status " + FailOn.EXIT_STATUS);
    }

    @Override
    public void reused(ConnectionRecord c, long idleNanos) {
    }

    @Override
    public void closed(ConnectionRecord c, long ageNanos) {
    }

    @Override
    public boolean wantsReused() {
        return false;
    }
}
