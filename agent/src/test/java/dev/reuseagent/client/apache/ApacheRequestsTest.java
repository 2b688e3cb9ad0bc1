package dev.reuseagent.client.apache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request's Connection header, read through the shape both versions share. */
class ApacheRequestsTest {

    /** Like HttpMessage / MessageHeaders: getHeaders(name) returns headers with getValue(). */
    public static final class Request {
        private final Map<String, List<String>> headers;

        Request(Map<String, List<String>> headers) {
            this.headers = headers;
        }

        public Header[] getHeaders(String name) {
            List<Header> found = new ArrayList<>();
            for (String value : headers.getOrDefault(name, List.of())) {
                found.add(new Header(value));
            }
            return found.toArray(new Header[0]);
        }
    }

    public static final class Header {
        private final String value;

        Header(String value) {
            this.value = value;
        }

        public String getValue() {
            return value;
        }
    }

    /** Like HttpContext: getAttribute(name). */
    public static final class Context {
        private final Object request;

        Context(Object request) {
            this.request = request;
        }

        public Object getAttribute(String name) {
            return name.equals("http.request") ? request : null;
        }
    }

    @Test
    void closeTokenInAnyConnectionHeader() {
        assertTrue(ApacheRequests.asksToClose(new Request(Map.of("Connection", List.of("close")))));
        assertTrue(ApacheRequests.asksToClose(new Request(Map.of("Connection", List.of("TE", " Close ")))));
        assertTrue(ApacheRequests.asksToClose(new Request(Map.of("Connection", List.of("keep-alive, close")))));
    }

    @Test
    void noCloseToken() {
        assertFalse(ApacheRequests.asksToClose(new Request(Map.of())));
        assertFalse(ApacheRequests.asksToClose(new Request(Map.of("Connection", List.of("keep-alive")))));
        assertFalse(ApacheRequests.asksToClose(new Request(Map.of("X-Close", List.of("close")))));
    }

    @Test
    void otherShapesAreNotAskingToClose() {
        assertFalse(ApacheRequests.asksToClose(null));
        assertFalse(ApacheRequests.asksToClose("not a request"));
    }

    @Test
    void httpClient45KeepsTheRequestInTheContext() {
        Request request = new Request(Map.of("Connection", List.of("close")));
        assertSame(request, ApacheRequests.requestOfContext(new Context(request)));
        assertNull(ApacheRequests.requestOfContext(null));
        assertNull(ApacheRequests.requestOfContext("no attributes"));
    }
}
