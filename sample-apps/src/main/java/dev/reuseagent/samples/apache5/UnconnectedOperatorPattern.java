package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;

import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * {@code unconnected-operator}: what a unit test of a client's own code often builds. The connection manager's
 * operator is the library's own, but its sockets never connect ({@code Socket#connect} does nothing), so the
 * operator "connects" without any TCP connect and the request then fails writing to an unconnected socket. No
 * connection was ever made: an agent must count none. Plain HTTP only.
 */
final class UnconnectedOperatorPattern {

    private UnconnectedOperatorPattern() {
    }

    /** The {@code shared} pattern's use of a client whose connection manager has that operator. */
    static RequestPattern create(Options options, Tls tls) {
        DetachedSocketFactory neverConnects = new DetachedSocketFactory() {
            @Override
            public Socket create(Proxy proxy) {
                return new Socket() {
                    @Override
                    public void connect(SocketAddress endpoint, int timeout) {
                        // a stand-in: no TCP connect at all
                    }
                };
            }
        };
        DefaultHttpClientConnectionOperator operator = new DefaultHttpClientConnectionOperator(neverConnects, null,
                null, RegistryBuilder.<TlsSocketStrategy>create().build());
        return new SharedClientPattern(HttpClients.custom()
                .setConnectionManager(new PoolingHttpClientConnectionManager(operator, PoolConcurrencyPolicy.STRICT,
                        PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND, null))
                .build());
    }
}
