package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.ReadTimeout;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * How every OkHttp pattern builds its clients from the command line: protocol, TLS trust and pool size. Only API
 * that OkHttp 4.12 and 5.x share with the same binary signatures is used, so these classes, compiled against
 * 4.12, run on either.
 */
final class OkHttpClients {

    private final Options options;
    private final Tls tls;

    OkHttpClients(Options options, Tls tls) {
        this.options = options;
        this.tls = tls;
    }

    /**
     * A builder configured as the options say, exactly as {@code new OkHttpClient.Builder()}: its client gets a
     * pool (and a dispatcher) of its own.
     */
    OkHttpClient.Builder newBuilder() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        Integer readTimeoutMs = Integer.getInteger(ReadTimeout.PROPERTY);
        if (readTimeoutMs != null) {
            builder.readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS);
        }
        boolean https = options.url().getProtocol().equalsIgnoreCase("https");
        if (!options.http2()) {
            builder.protocols(Collections.singletonList(Protocol.HTTP_1_1));
        } else if (!https) {
            // Cleartext HTTP/2 needs prior knowledge; over TLS, ALPN offers h2 by default.
            builder.protocols(Collections.singletonList(Protocol.H2_PRIOR_KNOWLEDGE));
        }
        if (https) {
            builder.sslSocketFactory(tls.sharedSocketFactory(), tls.trustManager());
        }
        if (options.poolSize() > 0) {
            builder.connectionPool(new ConnectionPool(options.poolSize(), 5, TimeUnit.MINUTES));
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequestsPerHost(options.poolSize());
            builder.dispatcher(dispatcher);
        }
        return builder;
    }

    Tls tls() {
        return tls;
    }

    static Request get(URL url) {
        return new Request.Builder().url(url).build();
    }

    /**
     * Records an exception as what the application saw (type and message), for {@code throw failed(e)}. The call
     * itself stays in the pattern's own method, which the agent names as the code site.
     */
    static <T extends Exception> T failed(T e) {
        SampleOutput.failure(e);
        return e;
    }

    /**
     * Reads the whole body and closes the response: the way that lets OkHttp pool the connection. Records the
     * status and the body as the application saw them.
     */
    static int readFully(Response response) throws IOException {
        try (Response r = response) {
            ResponseBody body = r.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            SampleOutput.response(r.code(), bytes);
            return r.code();
        }
    }
}
