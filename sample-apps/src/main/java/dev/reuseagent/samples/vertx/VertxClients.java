package dev.reuseagent.samples.vertx;

import dev.reuseagent.samples.SampleOutput;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.JdkSSLEngineOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The options the vertx patterns build their WebClient with, and how they wait for one response. */
final class VertxClients {

    private VertxClients() {
    }

    /**
     * Keep-alive HTTP/1.1 (Vert.x's default); for https:// URLs TLS on the JDK's own SSLEngine (not OpenSSL), trusting
     * the CA certificates of {@code trustPem} (the JDK's default trust when null). A PEM file rather than
     * {@code TrustOptions.wrap(TrustManager)}: Vert.x 5.0's wrapper needs SLF4J on the class path.
     */
    static WebClientOptions options(Path trustPem) {
        WebClientOptions options = new WebClientOptions().setKeepAlive(true)
                .setSslEngineOptions(new JdkSSLEngineOptions());
        return trustPem == null ? options
                : options.setTrustOptions(new PemTrustOptions().addCertPath(trustPem.toString()));
    }

    /**
     * The same speaking HTTP/2 only: h2 by ALPN over https, prior knowledge (no upgrade) over http. Vert.x keeps one
     * HTTP/2 connection per endpoint and multiplexes every request on it.
     */
    static WebClientOptions http2(Path trustPem) {
        WebClientOptions options = options(trustPem);
        options.setProtocolVersion(HttpVersion.HTTP_2).setUseAlpn(true).setHttp2ClearTextUpgrade(false);
        return options;
    }

    static void checkScheme(URL url) {
        if (!url.getProtocol().equals("http") && !url.getProtocol().equals("https")) {
            throw new IllegalArgumentException("the vertx samples speak http:// and https:// only: " + url);
        }
    }

    /** Waits for the response on the calling thread (never a Vert.x thread here); records and returns the status. */
    static int await(Future<HttpResponse<Buffer>> sent) throws Exception {
        HttpResponse<Buffer> response = sent.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        Buffer body = response.body();
        SampleOutput.response(response.statusCode(), body == null ? new byte[0] : body.getBytes());
        return response.statusCode();
    }
}
