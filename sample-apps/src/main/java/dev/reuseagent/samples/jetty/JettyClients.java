package dev.reuseagent.samples.jetty;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** What the Jetty patterns share: a started client that trusts the run's certificates, and one GET. */
final class JettyClients {

    private JettyClients() {
    }

    /** Whether the run asked for HTTP/2 ({@code --protocol h2}): h2 over TLS by ALPN, h2c with prior knowledge. */
    static volatile boolean http2;

    /**
     * A started HttpClient on the default HTTP/1.1 transport (HTTP/2's with {@link #http2}), trusting exactly
     * {@code tls}'s certificates, with this idle timeout (0: Jetty's default).
     */
    static HttpClient started(Tls tls, long idleTimeoutMs) throws Exception {
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        ssl.setSslContext(tls.newSslContext());
        HttpClient client = http2 ? JettyHttp2.newClient() : new HttpClient(); // default transport: HTTP/1.1
        client.setSslContextFactory(ssl);
        if (idleTimeoutMs > 0) {
            client.setIdleTimeout(idleTimeoutMs);
        }
        client.start();
        return client;
    }

    /**
     * Loads the classes Jetty needs to set up an HTTP/1.1 connection, before the first request. Jetty's idle timeout
     * also runs while a connection is being set up: with a short one, a cold JVM on a loaded machine, still loading
     * these on the selector's thread, has seen its first connection closed before it opened (an
     * IllegalStateException from {@code AbstractEndPoint#onOpen}).
     */
    static void loadConnectionClasses() throws ClassNotFoundException {
        String[] names = {"org.eclipse.jetty.client.transport.internal.HttpConnectionOverHTTP",
            "org.eclipse.jetty.client.transport.internal.HttpChannelOverHTTP",
            "org.eclipse.jetty.client.transport.internal.HttpSenderOverHTTP",
            "org.eclipse.jetty.client.transport.internal.HttpReceiverOverHTTP",
            "org.eclipse.jetty.http.HttpParser", "org.eclipse.jetty.http.HttpGenerator"};
        for (String name : names) {
            Class.forName(name, true, HttpClient.class.getClassLoader());
        }
    }

    /** Records the response (status and body) for the run's output digest; returns its status. */
    static int record(ContentResponse response) {
        SampleOutput.response(response.getStatus(), response.getContent());
        return response.getStatus();
    }
}
