package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.ReadTimeout;
import dev.reuseagent.samples.Tls;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.ThreadFactory;
import javax.net.ssl.SSLContext;

/** How every jdkhttp pattern builds its clients and requests from the command line: protocol and TLS trust. */
final class JdkHttpClients {

    /** Daemon threads, so an executor a pattern forgets to shut down never holds the JVM. */
    static final ThreadFactory DAEMON_THREADS = r -> {
        Thread t = new Thread(r, "sample-executor");
        t.setDaemon(true);
        return t;
    };

    private final Options options;
    private final Tls tls;

    JdkHttpClients(Options options, Tls tls) {
        this.options = options;
        this.tls = tls;
    }

    /**
     * A new client, as {@code HttpClient.newBuilder()...build()}: a connection pool of its own, and (like most code
     * that sets one) an SSLContext of its own. {@code --protocol h2} is HTTP/2 by ALPN over https (over http the
     * JDK would try an h2c upgrade), {@code http1} HTTP/1.1 only.
     */
    HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(version())
                .sslContext(tls.newSslContext())
                .build();
    }

    /** A new client configured like every other one of this run: the protocol only, the JVM's default SSLContext. */
    HttpClient newDefaultClient() {
        return newDefaultBuilder().build();
    }

    HttpClient.Builder newDefaultBuilder() {
        return HttpClient.newBuilder().version(version());
    }

    /** Makes the JVM's default SSLContext trust what {@code --trust-pem} names, for clients that set none. */
    void trustByDefault() {
        SSLContext.setDefault(tls.newSslContext());
    }

    private HttpClient.Version version() {
        return options.http2() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
    }

    static HttpRequest get(URL url) throws URISyntaxException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.toURI()).GET();
        Integer timeoutMs = Integer.getInteger(ReadTimeout.PROPERTY);
        if (timeoutMs != null) {
            request.timeout(java.time.Duration.ofMillis(timeoutMs)); // java.net.http's closest to a read timeout
        }
        return request.build();
    }

    static URI uri(URL url) throws URISyntaxException {
        return url.toURI();
    }
}
