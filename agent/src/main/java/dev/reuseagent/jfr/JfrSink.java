package dev.reuseagent.jfr;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.UnknownConnect;

/**
 * Connection events as JDK Flight Recorder events ({@code jfr=true}). Each method first asks whether a recording
 * wants the event: when none does, that check is all it costs (the event object does not escape and is not
 * allocated once compiled).
 */
public final class JfrSink implements EventSink {

    private JfrSink() {
    }

    /**
     * The sink, or null when the JVM has no Flight Recorder (a runtime image without the jdk.jfr module): the
     * caller then says so once and goes on without it.
     */
    public static JfrSink create() {
        try {
            // Registers the event types now, so a recording started later lists them with their settings.
            jdk.jfr.FlightRecorder.register(NewConnectionEvent.class);
            jdk.jfr.FlightRecorder.register(ConnectionReusedEvent.class);
            jdk.jfr.FlightRecorder.register(ConnectionClosedEvent.class);
            return new JfrSink();
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void opened(ConnectionRecord c) {
        NewConnectionEvent e = new NewConnectionEvent();
        if (e.isEnabled()) {
            e.describe(c);
            e.reason = c.reason().label();
            e.site = c.site();
            e.connectTime = c.connectNanos();
            e.tls = c.tls();
            e.tlsTime = c.tlsNanos();
            e.commit();
        }
    }

    @Override
    public void reused(ConnectionRecord c, long idleNanos) {
        ConnectionReusedEvent e = new ConnectionReusedEvent();
        if (e.isEnabled()) {
            e.describe(c);
            e.idleTime = idleNanos;
            e.uses = c.uses();
            e.commit();
        }
    }

    @Override
    public void closed(ConnectionRecord c, long ageNanos) {
        ConnectionClosedEvent e = new ConnectionClosedEvent();
        if (e.isEnabled()) {
            e.describe(c);
            e.cause = c.closeCause().label();
            e.uses = c.uses();
            e.age = ageNanos;
            e.commit();
        }
    }

    /** *Added.* A connect no client claimed: a new connection event of client {@code unknown}, its endpoint as origin. */
    @Override
    public void unknownConnect(UnknownConnect u) {
        NewConnectionEvent e = new NewConnectionEvent();
        if (e.isEnabled()) {
            e.origin = u.endpoint();
            e.client = "unknown";
            e.connection = u.id();
            e.site = u.site();
            e.connectTime = u.connectNanos();
            e.commit();
        }
    }

    /** True: whether a recording wants reused events can change at any time, and asking costs only the check. */
    @Override
    public boolean wantsReused() {
        return true;
    }
}
