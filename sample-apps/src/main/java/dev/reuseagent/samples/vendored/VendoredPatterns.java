package dev.reuseagent.samples.vendored;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * The vendored sample's patterns. Written against Apache HttpClient 4.5's own package names; in
 * sample-apps-vendored.jar the shade plugin has rewritten every reference to the relocated copy
 * ({@code com.acme.vendor.shaded.org.apache.http}), as a product that ships its own HTTP client does.
 */
final class VendoredPatterns {

    /** One help line per pattern: name and what it does. */
    static final String HELP = String.join(System.lineSeparator(),
            "  shared              one client for every request, each response consumed and closed (the good one)",
            "  client-per-request  a new client per request, closed after it");

    private VendoredPatterns() {
    }

    static RequestPattern byName(String name, Options options, Tls tls) throws UsageException {
        return switch (name) {
            case "shared" -> new Shared(options, tls);
            case "client-per-request" -> new ClientPerRequest(options, tls);
            default -> throw new UsageException("unknown pattern '" + name + "'; expected shared or client-per-request");
        };
    }

    /** The same client configuration for both patterns: the run's trust and, if given, its pool size. */
    private static CloseableHttpClient newClient(Options options, Tls tls) {
        HttpClientBuilder builder = HttpClients.custom().setSSLContext(tls.newSslContext());
        if (options.poolSize() > 0) {
            builder.setMaxConnPerRoute(options.poolSize()).setMaxConnTotal(Math.max(20, options.poolSize()));
        }
        return builder.build();
    }

    /** One GET: the response consumed and closed, so its connection goes back to the client's pool. */
    static int get(CloseableHttpClient client, URL url) throws IOException, URISyntaxException {
        try (CloseableHttpResponse response = client.execute(new HttpGet(url.toURI()))) { // site of new connections
            EntityUtils.consume(response.getEntity());
            return response.getStatusLine().getStatusCode();
        }
    }

    /** One client for the whole run: one connection, reused by every request. */
    private static final class Shared implements RequestPattern {
        private final CloseableHttpClient client;

        Shared(Options options, Tls tls) {
            this.client = newClient(options, tls);
        }

        @Override
        public int get(URL url) throws Exception {
            return VendoredPatterns.get(client, url);
        }

        @Override
        public void afterLastRequest() throws IOException {
            client.close();
        }
    }

    /** A client (and with it a connection pool) per request: a new connection every time. */
    private static final class ClientPerRequest implements RequestPattern {
        private final Options options;
        private final Tls tls;

        ClientPerRequest(Options options, Tls tls) {
            this.options = options;
            this.tls = tls;
        }

        @Override
        public int get(URL url) throws Exception {
            try (CloseableHttpClient client = newClient(options, tls)) {
                return VendoredPatterns.get(client, url);
            }
        }
    }
}
