package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.ReadTimeout;
import org.apache.http.client.params.HttpClientParams;
import org.apache.http.conn.ClientConnectionManager;
import org.apache.http.conn.scheme.PlainSocketFactory;
import org.apache.http.conn.scheme.Scheme;
import org.apache.http.conn.scheme.SchemeRegistry;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.conn.BasicClientConnectionManager;
import org.apache.http.impl.conn.PoolingClientConnectionManager;
import org.apache.http.impl.conn.SingleClientConnManager;
import org.apache.http.impl.conn.tsccm.ThreadSafeClientConnManager;
import org.apache.http.params.HttpConnectionParams;

import javax.net.ssl.SSLContext;

/**
 * How the legacy-API patterns build their clients: HttpClient 4's deprecated {@code DefaultHttpClient} with a
 * {@code SchemeRegistry}, as code written for 4.0-4.2 (and Google HTTP Client's older {@code ApacheHttpTransport})
 * still does.
 */
@SuppressWarnings("deprecation")
final class LegacyClients {

    /**
     * {@code -Dsample.legacyManager=tsccm}: the shared client uses ThreadSafeClientConnManager (default: pooling,
     * PoolingClientConnectionManager); {@code basic} or {@code single}: the one-connection managers (one thread).
     */
    static final String MANAGER_PROPERTY = "sample.legacyManager";

    private LegacyClients() {
    }

    /** {@code new DefaultHttpClient()} (its own BasicClientConnectionManager), trusting what {@code ssl} trusts. */
    static DefaultHttpClient basic(SSLContext ssl) {
        DefaultHttpClient client = new DefaultHttpClient();
        client.getConnectionManager().getSchemeRegistry().register(new Scheme("https", 443, new SSLSocketFactory(ssl)));
        return withTimeouts(client);
    }

    /**
     * A client sharing one manager ({@value #MANAGER_PROPERTY}): {@code --pool-size} connections per route (default
     * the library's 2) for the pooling ones.
     */
    static DefaultHttpClient pooled(Options options, SSLContext ssl) {
        return pooled(options, ssl, 0);
    }

    /** As above; {@code leaseTimeoutMs} bounds the wait for a pooled connection (0: forever, the default). */
    static DefaultHttpClient pooled(Options options, SSLContext ssl, int leaseTimeoutMs) {
        SchemeRegistry registry = new SchemeRegistry();
        registry.register(new Scheme("http", 80, PlainSocketFactory.getSocketFactory()));
        registry.register(new Scheme("https", 443, new SSLSocketFactory(ssl)));
        int perRoute = options.poolSizeOr(Apache4Clients.LIBRARY_MAX_PER_ROUTE);
        ClientConnectionManager manager;
        String kind = System.getProperty(MANAGER_PROPERTY, "pooling");
        if (kind.equals("basic")) {
            manager = new BasicClientConnectionManager(registry); // one connection, one thread at a time
        } else if (kind.equals("single")) {
            manager = new SingleClientConnManager(registry); // the same, 4.0's version
        } else if (kind.equals("tsccm")) {
            ThreadSafeClientConnManager tsccm = new ThreadSafeClientConnManager(registry);
            tsccm.setDefaultMaxPerRoute(perRoute);
            tsccm.setMaxTotal(Math.max(20, perRoute));
            manager = tsccm;
        } else {
            PoolingClientConnectionManager pooling = new PoolingClientConnectionManager(registry);
            pooling.setDefaultMaxPerRoute(perRoute);
            pooling.setMaxTotal(Math.max(20, perRoute));
            manager = pooling;
        }
        DefaultHttpClient client = withTimeouts(new DefaultHttpClient(manager));
        HttpClientParams.setConnectionManagerTimeout(client.getParams(), leaseTimeoutMs);
        return client;
    }

    private static DefaultHttpClient withTimeouts(DefaultHttpClient client) {
        HttpConnectionParams.setConnectionTimeout(client.getParams(), 10_000);
        HttpConnectionParams.setSoTimeout(client.getParams(), ReadTimeout.millis(30_000));
        return client;
    }
}
