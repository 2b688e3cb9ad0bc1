package dev.reuseagent.client.jdkhttp;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which builders are the same: read as the JDK's builder is, with a stand-in class of the same fields. */
class ClientConfigTest {

    /** The fields of {@code jdk.internal.net.http.HttpClientBuilderImpl} (JDK 25), with the JDK's defaults. */
    static class Builder {
        CookieHandler cookieHandler;
        Duration connectTimeout;
        Object followRedirects;
        ProxySelector proxy;
        Authenticator authenticator;
        Object version;
        Executor executor;
        SSLContext sslContext;
        SSLParameters sslParams;
        int priority = -1;
        InetAddress localAddr;
    }

    /** A later JDK's builder with a setting this agent does not know. */
    static final class FutureBuilder extends Builder {
        Object http3Options;
    }

    private final ClientConfig.Reader reader = new ClientConfig.Reader(Builder.class);

    @Test
    void buildersSetAlikeAreEqual() throws Exception {
        Executor executor = Runnable::run;
        Builder a = new Builder();
        Builder b = new Builder();
        for (Builder x : List.of(a, b)) {
            x.executor = executor;
            x.connectTimeout = Duration.ofSeconds(5);
            x.version = "HTTP_1_1";
        }
        assertNull(reader.refusal());
        assertEquals(reader.read(a), reader.read(b));
        assertEquals(reader.read(a).hashCode(), reader.read(b).hashCode());
        assertEquals(reader.read(new Builder()), reader.read(new Builder()), "all defaults");
    }

    @Test
    void objectsAreComparedByIdentityAndValuesByEquality() throws Exception {
        Builder a = new Builder();
        Builder b = new Builder();
        a.executor = Runnable::run;
        b.executor = Runnable::run;
        assertNotEquals(reader.read(a), reader.read(b), "two executors");

        Builder c = new Builder();
        Builder d = new Builder();
        c.connectTimeout = Duration.ofMillis(1000);
        d.connectTimeout = Duration.ofSeconds(1);
        assertEquals(reader.read(c), reader.read(d), "equal durations");
        d.connectTimeout = Duration.ofSeconds(2);
        assertNotEquals(reader.read(c), reader.read(d));

        Builder e = new Builder();
        e.priority = 5;
        assertNotEquals(reader.read(new Builder()), reader.read(e));
        Builder f = new Builder();
        f.proxy = ProxySelector.getDefault();
        assertNotEquals(reader.read(new Builder()), reader.read(f), "unset is not the same as the default set");
    }

    @Test
    void aBuilderWithSslParametersIsNeverMerged() throws Exception {
        Builder a = new Builder();
        a.sslParams = new SSLParameters();
        assertNull(reader.read(a));
    }

    @Test
    void aBuilderWithASettingTheAgentDoesNotKnowIsRefused() throws Exception {
        ClientConfig.Reader future = new ClientConfig.Reader(FutureBuilder.class);
        assertNotNull(future.refusal());
        assertTrue(future.refusal().contains("http3Options"), future.refusal());
        assertNull(future.read(new FutureBuilder()));
    }

    /** The JDK running the tests: its builder has no setting this agent does not know (read without opening it). */
    @Test
    void thisJdksBuilderHasOnlyKnownSettings() throws Exception {
        List<String> known = new ArrayList<>(ClientConfig.BY_IDENTITY);
        known.addAll(ClientConfig.BY_VALUE);
        known.add(ClientConfig.SSL_PARAMETERS);
        for (Field f : Class.forName("jdk.internal.net.http.HttpClientBuilderImpl").getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertTrue(known.contains(f.getName()), f.getName());
            }
        }
    }
}
