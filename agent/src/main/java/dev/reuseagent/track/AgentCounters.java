package dev.reuseagent.track;

import java.util.concurrent.atomic.AtomicLong;

/** The agent's own health: errors swallowed in advice, events it had to drop. Tests assert both stay 0. */
public final class AgentCounters {

    public static final AtomicLong ADVICE_ERRORS = new AtomicLong();
    public static final AtomicLong DROPPED_EVENTS = new AtomicLong();
    /** The first advice error, kept for the summary so a failure can be diagnosed. */
    public static volatile String firstAdviceError;

    private AgentCounters() {
    }

    public static void adviceError(Throwable t) {
        if (ADVICE_ERRORS.getAndIncrement() == 0) {
            StackTraceElement[] trace = t.getStackTrace();
            firstAdviceError = t.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
        }
    }
}
