package dev.reuseagent.jfr;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/** A connection closed, with its cause (docs/contracts.md §3.3). */
@Name("reuseagent.ConnectionClosed")
@Label("HTTP Connection Closed")
@Description("A tracked HTTP connection closed: its cause, how many requests it carried and how long it lived")
final class ConnectionClosedEvent extends ConnectionEvent {

    @Label("Cause")
    String cause;
    @Label("Uses")
    long uses;
    @Label("Age")
    @Timespan(Timespan.NANOSECONDS)
    long age;
}
