package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;

import java.net.URL;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.X509TrustManager;

/** How the reactor patterns configure their client and describe one GET. */
final class ReactorClients {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    private final Tls tls;
    private final boolean h2;
    private final boolean h2c;

    /** {@code h2}: HTTP/2 over TLS only; {@code h2c}: HTTP/2 with prior knowledge over http. */
    ReactorClients(Tls tls, boolean h2, boolean h2c) {
        this.tls = tls;
        this.h2 = h2;
        this.h2c = h2c;
    }

    /**
     * The client as every pattern configures it: for https:// URLs trusting the sample's certificates, and announcing
     * the channel class of the first connection: which transport Reactor Netty chose.
     */
    HttpClient configure(HttpClient client) {
        X509TrustManager trust = tls.trustManager();
        HttpClient configured = h2c ? client.protocol(HttpProtocol.H2C)
                : h2 ? client.protocol(HttpProtocol.H2).secure(spec -> spec.sslContext(Http2SslContextSpec.forClient()
                        .configure(builder -> builder.trustManager(trust))))
                : client.secure(spec -> spec.sslContext(Http11SslContextSpec.forClient()
                        .configure(builder -> builder.trustManager(trust))));
        return announcing(configured);
    }

    /** Announces the channel class of the first connection: which transport Reactor Netty chose. */
    static HttpClient announcing(HttpClient client) {
        return client.doOnConnected(connection -> {
            if (ANNOUNCED.compareAndSet(false, true)) {
                System.out.println("sample: channel=" + connection.channel().getClass().getSimpleName());
            }
        });
    }

    /**
     * One GET of {@code url}, its body read whole; the status, once subscribed (the pattern blocks on it). Without the
     * URL's user-info, which Reactor Netty would take for part of the host name.
     */
    static Mono<Integer> get(HttpClient client, URL url) {
        String target = url.getProtocol() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort())
                + url.getFile();
        return client.get().uri(target)
                .responseSingle((response, body) -> body.asByteArray().defaultIfEmpty(new byte[0]).map(bytes -> {
                    int status = response.status().code();
                    SampleOutput.response(status, bytes);
                    return status;
                }));
    }
}
