package dev.reuseagent.jfr;

import dev.reuseagent.track.ConnectionRecord;
import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.StackTrace;

/** The fields every reuse-agent event carries: which connection, to where, through which client. */
@Category({"reuse-agent"})
@StackTrace(false) // the site names the application line; a stack trace per event would cost far more
abstract class ConnectionEvent extends jdk.jfr.Event {

    @Label("Origin")
    String origin;
    @Label("Client")
    String client;
    @Label("Connection Id")
    long connection;

    final void describe(ConnectionRecord c) {
        origin = c.originLabel();
        client = c.client();
        connection = c.id();
    }
}
