package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.JdkAdvice;

import java.net.SocketAddress;
import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/** The fixture hooks on real JDK classes, the same methods the agent instruments. */
final class JdkHooks {

    static final String SOCKET = "java.net.Socket";
    static final String CHANNEL = "sun.nio.ch.SocketChannelImpl";
    static final String SSL_SOCKET = "sun.security.ssl.SSLSocketImpl";
    static final String URL_CLIENT = "sun.net.www.http.HttpClient";
    static final String HTTP_CLIENT = "jdk.internal.net.http.HttpClientImpl";

    private JdkHooks() {
    }

    static List<Hook> all() {
        MethodMatcher toAddress = takesArgument(0, SocketAddress.class);
        return List.of(
                new Hook(SOCKET, named("connect").and(takesArguments(2)).and(toAddress), JdkAdvice.Connect.class),
                new Hook(CHANNEL, named("connect").and(takesArguments(1)).and(toAddress),
                        JdkAdvice.ChannelConnect.class),
                new Hook(CHANNEL, named("blockingConnect").and(takesArguments(2)).and(toAddress),
                        JdkAdvice.Connect.class),
                new Hook(CHANNEL, named("finishConnect").and(takesArguments(0)), JdkAdvice.FinishConnect.class),
                new Hook(SSL_SOCKET, named("startHandshake").and(takesArguments(1)), JdkAdvice.Handshake.class),
                new Hook(URL_CLIENT, named("openServer").and(takesArguments(String.class, int.class)),
                        JdkAdvice.OpenServer.class),
                new Hook(URL_CLIENT, named("parseHTTP"), JdkAdvice.Exchange.class),
                new Hook(HTTP_CLIENT, isConstructor().and(takesArguments(2)), JdkAdvice.ClientCreated.class),
                new Hook(HTTP_CLIENT, named("send").and(takesArguments(2)), JdkAdvice.Send.class));
    }

    /** The hooks of one class. */
    static List<Hook> of(String className) {
        return all().stream().filter(hook -> hook.className().equals(className)).toList();
    }
}
