package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.client.HttpClient;

import java.net.URL;

/**
 * {@code tls-shared}, {@code tls-new-connection}: {@code shared} and {@code new-connection} over https://, trusting
 * what the run trusts. Reactor Netty's default TLS provider: the JDK's SSLEngine unless netty-tcnative (OpenSSL) is
 * on the class path. One client, so one SslContext: later connections of {@code tls-new-connection} may resume.
 */
final class ReactorTlsPattern implements RequestPattern {

    private final HttpClient client;

    ReactorTlsPattern(boolean pooled, Tls tls) {
        HttpClient base = pooled ? HttpClient.create() : HttpClient.newConnection();
        Http11SslContextSpec spec = Http11SslContextSpec.forClient()
                .configure(builder -> builder.trustManager(tls.trustManager()));
        this.client = ReactorClients.announcing(base.secure(ssl -> ssl.sslContext(spec)));
    }

    @Override
    public int get(URL url) {
        return ReactorClients.get(client, url).block(ReactorClients.TIMEOUT); // the request, over TLS
    }
}
