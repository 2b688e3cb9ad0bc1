package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Hook;

import java.util.List;

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

    private UrlConnectionInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                new Hook(HTTP_CLIENT, named("openServer").and(takesArguments(String.class, int.class)),
                        OpenServerAdvice.class),
                new Hook(HTTPS_CLIENT, named("createSocket").and(takesArguments(0)), SslFactoryAdvice.class),
                new Hook(KEEP_ALIVE_CACHE, named("get").and(takesArguments(2)).and(not(isStatic())),
                        CacheGetAdvice.class),
                // (MessageHeader, HttpURLConnection) in 25; (MessageHeader, ProgressSource, HttpURLConnection) in 17
                new Hook(HTTP_CLIENT, named("parseHTTP"), ExchangeAdvice.class),
                new Hook(HTTP_CLIENT, named("putInKeepAliveCache").and(takesArguments(0)),
                        ReturnToCacheAdvice.class),
                new Hook(HTTPS_CLIENT, named("putInKeepAliveCache").and(takesArguments(0)),
                        ReturnToCacheAdvice.class),
                new Hook(HTTP_CLIENT, named("closeServer").and(takesArguments(0)), CloseServerAdvice.class),
                new Hook(URL_CONNECTION, named("doTunneling0").or(named("expect100Continue"))
                        .and(takesArguments(0)), NotAnExchangeAdvice.class));
    }
}
