package dev.reuseagent.client.apache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Route texts as HttpRoute#toString prints them in 5.x and 4.5. */
class ApacheRoutesTest {

    private static String origin(String route) {
        return String.valueOf(ApacheRoutes.parse(route));
    }

    @Test
    void httpClient5Routes() {
        assertEquals("http://127.0.0.1:42983", origin("{}->[http://127.0.0.1:42983]"));
        assertEquals("https://localhost:40925", origin("{s}->[https://localhost:40925]"));
        assertEquals("https://api.example.com:443", origin("{tls}->http://proxy:3128->[https://api.example.com:443]"));
        assertEquals("https://api.example.com:443", origin("{s}->api.example.com:443/[https://api.example.com:443]"));
    }

    @Test
    void httpClient45Routes() {
        assertEquals("http://127.0.0.1:45713", origin("{}->http://127.0.0.1:45713"));
        assertEquals("https://localhost:46427", origin("{s}->https://localhost:46427"));
        assertEquals("https://api.example.com:443", origin("{tls}->http://proxy:3128->https://api.example.com:443"));
        assertEquals("http://local:80", origin("/10.0.0.1->{}->http://local:80"));
    }

    @Test
    void portDefaultsBySchemeAndIpv6LiteralsKeepTheirColons() {
        assertEquals("https://api.example.com:443", origin("{s}->https://api.example.com"));
        assertEquals("http://[::1]:8080", origin("{}->[http://[::1]:8080]"));
        assertEquals("http://[::1]:80", origin("{}->http://[::1]"));
    }

    @Test
    void unreadableRoutesAreNull() {
        assertNull(ApacheRoutes.origin(null));
        assertNull(ApacheRoutes.parse("{}->[nonsense]"));
        assertNull(ApacheRoutes.parse("{}->[ftp://host:21]"));
        assertNull(ApacheRoutes.parse("{}->http://host:port"));
    }

    /** The shape of HttpHost: scheme, name and port by public getters. */
    public static final class FakeHost {
        public String getSchemeName() {
            return "https";
        }

        public String getHostName() {
            return "evil\u202egnp.example";
        }

        public int getPort() {
            return 8443;
        }
    }

    /** A 5.x route whose text the library cannot write: HttpHost formats a non-ASCII host through java.net.IDN. */
    public static final class RouteIdnRejects {
        public FakeHost getTargetHost() {
            return new FakeHost();
        }

        @Override
        public String toString() {
            throw new IllegalArgumentException("java.text.ParseException: A prohibited code point was found");
        }
    }

    @Test
    void aRouteWhoseTextThrowsIsReadFromItsTargetHost() {
        assertEquals("https://evil\\u202egnp.example:8443", String.valueOf(ApacheRoutes.origin(new RouteIdnRejects())));
    }

    @Test
    void aRouteThatCannotBeReadAtAllHasNoOrigin() {
        Object unreadable = new Object() {
            @Override
            public String toString() {
                throw new IllegalArgumentException("The label in the input is too long");
            }
        };
        assertNull(ApacheRoutes.origin(unreadable));
    }
}
