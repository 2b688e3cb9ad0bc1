package dev.reuseagent.client;

import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.transport.TransportTracker;

import java.lang.instrument.Instrumentation;

/**
 * What a slice gets from the agent when it starts.
 *
 * @param connections every connection of every client: reasons, counts, events
 * @param transport   every TCP connect and TLS handshake, which the slice claims for its connections
 * @param attached    the agent was attached to a running JVM: connections opened before are adopted when next used
 * @param enforcement this client's enforcement when {@code enforce=} names it, else null: the slice then installs
 *                    no repair hook at all
 * @param instrumentation the JVM's instrumentation, for a repair that must open a JDK package to the agent
 *                    ({@code redefineModule}); never used to transform classes (the weaver does that)
 */
public record SliceContext(ConnectionTracker connections, TransportTracker transport, boolean attached,
        Enforcement enforcement, Instrumentation instrumentation) {
}
