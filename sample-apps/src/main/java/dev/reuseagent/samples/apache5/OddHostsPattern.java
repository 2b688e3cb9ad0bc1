package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;

/**
 * {@code odd-hosts}: before each request to {@code --url}, one to a host name that {@code java.net.IDN} rejects (a
 * 70-letter non-ASCII label, a right-to-left override in the name), which a custom {@link DnsResolver} resolves to
 * the address of {@code --url}'s host, so the connection is really made. HttpClient 5 then fails that request
 * itself (an IllegalArgumentException from IDN, agent or not); the pattern expects that and goes on. Plain HTTP.
 */
final class OddHostsPattern implements RequestPattern {

    static final String[] ODD_HOSTS = {
        "\u00fc".repeat(70) + ".example",
        "evil\u202egnp.example"
    };

    private final CloseableHttpClient client;
    private int sent;

    OddHostsPattern(Options options, Tls tls) {
        String target = options.url().getHost();
        DnsResolver toTarget = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return InetAddress.getAllByName(target);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(toTarget).build())
                .build();
    }

    @Override
    public int get(URL url) throws IOException {
        HttpHost odd = new HttpHost(url.getProtocol(), ODD_HOSTS[sent++ % ODD_HOSTS.length], url.getPort());
        try {
            client.execute(odd, new HttpGet(url.getPath()), Apache5Clients::consume);
            throw new IOException("HttpClient 5 accepted the host " + odd + ", which java.net.IDN rejects");
        } catch (IllegalArgumentException expected) {
            // the library cannot write this host name (the Host header), with or without the agent
        }
        return client.execute(new HttpGet(Apache5Clients.uri(url)), Apache5Clients::consume);
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
