package dev.reuseagent.jfr;

import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/** A request on an already used connection; off unless a recording enables it (one per request is a lot). */
@Name("reuseagent.ConnectionReused")
@Label("HTTP Connection Reused")
@Description("A request went out on a pooled connection")
@Enabled(false)
final class ConnectionReusedEvent extends ConnectionEvent {

    @Label("Idle Time")
    @Timespan(Timespan.NANOSECONDS)
    long idleTime;
    @Label("Uses")
    long uses;
}
