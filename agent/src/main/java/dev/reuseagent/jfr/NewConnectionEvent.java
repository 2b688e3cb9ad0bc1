package dev.reuseagent.jfr;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/** A new connection, with the fields of the {@code new} event (docs/contracts.md §4.4). */
@Name("reuseagent.NewConnection")
@Label("New HTTP Connection")
@Description("An HTTP client opened a new connection: why, and which application line caused it")
final class NewConnectionEvent extends ConnectionEvent {

    @Label("Reason")
    String reason;
    @Label("Site")
    String site;
    @Label("Connect Time")
    @Timespan(Timespan.NANOSECONDS)
    long connectTime;
    @Label("TLS")
    @Description("full, resumed, or null for plain TCP")
    String tls;
    @Label("TLS Handshake Time")
    @Timespan(Timespan.NANOSECONDS)
    long tlsTime;
}
