package dev.reuseagent.samples.jetty;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.HttpClientTransportOverHTTP2;

/** Jetty's HTTP/2 transport, in a class of its own: only {@code --protocol h2} links jetty-http2-client-transport. */
final class JettyHttp2 {

    private JettyHttp2() {
    }

    /** An HttpClient that speaks HTTP/2 only: h2 over TLS by ALPN, h2c with prior knowledge over http://. */
    static HttpClient newClient() {
        return new HttpClient(new HttpClientTransportOverHTTP2(new HTTP2Client()));
    }
}
