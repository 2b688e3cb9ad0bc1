package dev.reuseagent.transport;

import dev.reuseagent.weave.Target;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.net.SocketAddress;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Transport truth: the Java-level connect entry points, where the target still carries the host name the
 * application gave. Socket#connect covers every java.net.Socket (SSLSocketImpl calls super.connect once);
 * SocketAdaptor (a channel's socket view) overrides connect without super and lands in blockingConnect.
 * Datagram channels are never matched.
 */
public final class SocketInstrumentation {

    private SocketInstrumentation() {
    }

    public static List<Target> targets() {
        ElementMatcher.Junction<MethodDescription> connectToAddress = takesArgument(0, SocketAddress.class);
        return List.of(
                new Target("java.net.Socket", named("connect").and(takesArguments(2)).and(connectToAddress),
                        SocketConnectAdvice.class),
                new Target("sun.nio.ch.SocketChannelImpl",
                        named("connect").and(takesArguments(1)).and(connectToAddress), ChannelConnectAdvice.class),
                new Target("sun.nio.ch.SocketChannelImpl",
                        named("blockingConnect").and(takesArguments(2)).and(connectToAddress),
                        SocketConnectAdvice.class),
                new Target("sun.nio.ch.SocketChannelImpl", named("finishConnect").and(takesArguments(0)),
                        ChannelFinishConnectAdvice.class));
    }
}
