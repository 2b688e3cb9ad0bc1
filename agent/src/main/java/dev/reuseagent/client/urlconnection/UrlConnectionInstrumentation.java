package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Hook;

import java.util.ArrayList;
import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.isStatic;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.not;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * HttpURLConnection and HttpsURLConnection, through the JDK's sun.net.www.http.HttpClient (one object per
 * connection) and its keep-alive cache. Verified against OpenJDK 17 and 25 sources.
 */
public final class UrlConnectionInstrumentation {

    static final String HTTP_CLIENT = "sun.net.www.http.HttpClient";
    static final String HTTPS_CLIENT = "sun.net.www.protocol.https.HttpsClient";
    static final String KEEP_ALIVE_CACHE = "sun.net.www.http.KeepAliveCache";
    static final String URL_CONNECTION = "sun.net.www.protocol.http.HttpURLConnection";
    /** A fixed-length response body (KeepAliveStream) reads through it; a read that threw broke the body off. */
    static final String METERED_STREAM = "sun.net.www.MeteredStream";
    /** Made when a body with unread bytes is handed to the Keep-Alive-SocketCleaner thread. */
    static final String CLEANER_ENTRY = "sun.net.www.http.KeepAliveCleanerEntry";
    /** Hooked only when enforcing: the response streams whose close drains an unread rest. */
    static final String KEEP_ALIVE_STREAM = "sun.net.www.http.KeepAliveStream";
    static final String CHUNKED_INPUT_STREAM = "sun.net.www.http.ChunkedInputStream";

    private UrlConnectionInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(HTTP_CLIENT, named("openServer").and(takesArguments(String.class, int.class)),
                        OpenServerAdvice.class),
                new Hook(HTTPS_CLIENT, named("createSocket").and(takesArguments(0)), SslFactoryAdvice.class),
                new Hook(HTTPS_CLIENT, named("afterConnect").and(takesArguments(0)), AfterConnectAdvice.class),
                new Hook(KEEP_ALIVE_CACHE, named("get").and(takesArguments(2)).and(not(isStatic())),
                        CacheGetAdvice.class),
                // (MessageHeader, HttpURLConnection) in 25; (MessageHeader, ProgressSource, HttpURLConnection) in 17
                // One shape per JDK: marked so the slice's all-or-nothing check needs just one of them.
                new Hook(HTTP_CLIENT, named("parseHTTP").and(takesArguments(2)), ExchangeAdvice.class)
                        .onlyIn("JDK 25"),
                new Hook(HTTP_CLIENT, named("parseHTTP").and(takesArguments(3)), LegacyExchangeAdvice.class)
                        .onlyIn("JDK 17"),
                new Hook(HTTP_CLIENT, named("putInKeepAliveCache").and(takesArguments(0)),
                        ReturnToCacheAdvice.class),
                new Hook(HTTPS_CLIENT, named("putInKeepAliveCache").and(takesArguments(0)),
                        ReturnToCacheAdvice.class),
                new Hook(HTTP_CLIENT, named("closeServer").and(takesArguments(0)), CloseServerAdvice.class),
                new Hook(METERED_STREAM, named("read").and(takesArguments(0).or(takesArguments(3))),
                        BodyReadAdvice.class),
                new Hook(CLEANER_ENTRY, isConstructor().and(takesArguments(2)), CleanerHandoffAdvice.class),
                new Hook(URL_CONNECTION, named("doTunneling0").or(named("expect100Continue"))
                        .and(takesArguments(0)), NotAnExchangeAdvice.class));
    }

    /**
     * The hooks plus the repairs of {@code enforce=urlconnection} ({@link UrlConnectionEnforcer}):
     * {@code KeepAliveStream#close()}, {@code ChunkedInputStream#close()} and {@code HttpURLConnection#disconnect()},
     * each with no arguments in OpenJDK 17 and 25.
     */
    public static List<Hook> hooksWithRepairs() {
        List<Hook> hooks = new ArrayList<>(hooks());
        hooks.add(new Hook(KEEP_ALIVE_STREAM, named("close").and(takesArguments(0)), FixedLengthCloseAdvice.class));
        hooks.add(new Hook(CHUNKED_INPUT_STREAM, named("close").and(takesArguments(0)), ChunkedCloseAdvice.class));
        hooks.add(new Hook(URL_CONNECTION, named("disconnect").and(takesArguments(0)), DisconnectAdvice.class));
        return hooks;
    }
}
