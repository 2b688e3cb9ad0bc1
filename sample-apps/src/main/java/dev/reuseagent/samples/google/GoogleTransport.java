package dev.reuseagent.samples.google;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import dev.reuseagent.samples.Tls;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

import javax.net.ssl.SSLContext;

/**
 * The Google HTTP Client transports the patterns use, each over another client: {@code NetHttpTransport}
 * (HttpURLConnection), {@code apache.v2.ApacheHttpTransport} (Apache HttpClient 4.5's {@code HttpClientBuilder}) and
 * the deprecated {@code apache.ApacheHttpTransport} still in google-http-client's core jar (Apache 4's legacy
 * {@code DefaultHttpClient} with a {@code ThreadSafeClientConnManager}).
 */
enum GoogleTransport {
    NET("net"),
    APACHE("apache"),
    LEGACY_APACHE("legacy-apache");

    final String prefix;

    GoogleTransport(String prefix) {
        this.prefix = prefix;
    }

    /** The transport for a pattern whose name starts with this prefix, or null. */
    static GoogleTransport ofPattern(String pattern) {
        for (GoogleTransport t : values()) {
            if (pattern.equals(t.prefix + "-shared") || pattern.equals(t.prefix + "-per-request")) {
                return t;
            }
        }
        return null;
    }

    /**
     * A new transport with TLS settings of its own (a new SSLContext trusting what {@code tls} trusts), as code that
     * builds its transport with its trust material does.
     */
    HttpTransport newTransport(Tls tls) {
        SSLContext ssl = tls.newSslContext();
        return switch (this) {
            case NET -> new NetHttpTransport.Builder().setSslSocketFactory(ssl.getSocketFactory()).build();
            case APACHE -> new ApacheHttpTransport(ApacheHttpTransport.newDefaultHttpClientBuilder()
                    .setSSLSocketFactory(new SSLConnectionSocketFactory(ssl)).build());
            case LEGACY_APACHE -> legacy(ssl);
        };
    }

    @SuppressWarnings("deprecation")
    private static HttpTransport legacy(SSLContext ssl) {
        return new com.google.api.client.http.apache.ApacheHttpTransport.Builder()
                .setSocketFactory(new org.apache.http.conn.ssl.SSLSocketFactory(ssl)).build();
    }
}
