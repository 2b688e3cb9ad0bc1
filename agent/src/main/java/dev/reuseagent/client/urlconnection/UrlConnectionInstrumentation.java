package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Target;

import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * HttpURLConnection and HttpsURLConnection, through the JDK's sun.net.www.http.HttpClient (one object per
 * connection) and its keep-alive cache. Verified against OpenJDK 17 and 25 sources.
 */
public final class UrlConnectionInstrumentation {

    static final String HTTP_CLIENT = "sun.net.www.http.HttpClient";
    static final String HTTPS_CLIENT = "sun.net.www.protocol.https.HttpsClient";
    static final String KEEP_ALIVE_CACHE = "sun.net.www.http.KeepAliveCache";
    static final String URL_CONNECTION = "sun.net.www.protocol.http.HttpURLConnection";

    private UrlConnectionInstrumentation() {
    }

    public static List<Target> targets() {
        return List.of(
                new Target(HTTP_CLIENT, named("openServer").and(takesArguments(String.class, int.class)),
                        OpenServerAdvice.class),
                new Target(HTTPS_CLIENT, named("createSocket").and(takesArguments(0)), SslFactoryAdvice.class),
                new Target(KEEP_ALIVE_CACHE, named("get").and(takesArguments(2)).and(not(isStatic())),
                        CacheGetAdvice.class),
                // (MessageHeader, HttpURLConnection) in 25; (MessageHeader, ProgressSource, HttpURLConnection) in 17
                new Target(HTTP_CLIENT, named("parseHTTP"), ExchangeAdvice.class),
                new Target(HTTP_CLIENT, named("putInKeepAliveCache").and(takesArguments(0)),
                        ReturnToCacheAdvice.class),
                new Target(HTTPS_CLIENT, named("putInKeepAliveCache").and(takesArguments(0)),
                        ReturnToCacheAdvice.class),
                new Target(HTTP_CLIENT, named("closeServer").and(takesArguments(0)), CloseServerAdvice.class),
                new Target(URL_CONNECTION, named("doTunneling0").or(named("expect100Continue"))
                        .and(takesArguments(0)), NotAnExchangeAdvice.class));
    }
}
