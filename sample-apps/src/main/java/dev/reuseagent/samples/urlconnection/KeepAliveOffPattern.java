package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.Tls;

/**
 * {@code keepalive-off}: the shared pattern with {@code http.keepAlive=false}, so the client sends
 * {@code Connection: close} and never caches a connection.
 *
 * <p>The JDK reads {@code http.keepAlive} once, when its internal HTTP client class initializes on the first
 * HttpURLConnection request of the JVM; setting it later has no effect. Hence it is set in
 * {@link #beforeFirstRequest()}. Passing {@code -Dhttp.keepAlive=false} on the command line works as well.
 */
public class KeepAliveOffPattern extends SharedFactoryPattern {

    public KeepAliveOffPattern(Tls tls) {
        super(tls);
    }

    @Override
    public void beforeFirstRequest() {
        System.setProperty("http.keepAlive", "false");
    }
}
