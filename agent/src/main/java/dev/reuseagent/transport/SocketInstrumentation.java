package dev.reuseagent.transport;

import dev.reuseagent.weave.Hook;
import dev.reuseagent.weave.MethodMatcher;

import java.net.SocketAddress;
import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * Transport truth: the Java-level connect entry points, where the target still carries the host name the
 * application gave. Socket#connect covers every java.net.Socket (SSLSocketImpl calls super.connect once);
 * SocketAdaptor (a channel's socket view) overrides connect without super and lands in blockingConnect.
 * Datagram channels are never matched.
 */
public final class SocketInstrumentation {

    static final String SOCKET = "java.net.Socket";
    static final String CHANNEL = "sun.nio.ch.SocketChannelImpl";

    private SocketInstrumentation() {
    }

    static List<Hook> hooks() {
        MethodMatcher connectToAddress = takesArgument(0, SocketAddress.class);
        return List.of(
                new Hook(SOCKET, named("connect").and(takesArguments(2)).and(connectToAddress),
                        SocketConnectAdvice.class),
                new Hook(CHANNEL,
                        named("connect").and(takesArguments(1)).and(connectToAddress), ChannelConnectAdvice.class),
                new Hook(CHANNEL,
                        named("blockingConnect").and(takesArguments(2)).and(connectToAddress),
                        SocketConnectAdvice.class),
                new Hook(CHANNEL, named("finishConnect").and(takesArguments(0)),
                        ChannelFinishConnectAdvice.class));
    }
}
