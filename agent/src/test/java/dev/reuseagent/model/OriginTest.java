package dev.reuseagent.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OriginTest {

    @Test
    void controlCharactersInTheHostAreEscapedInItsText() {
        Origin origin = Origin.of("http", "evil\u001b[31m\nhost", 80);
        assertEquals("http://evil\\u001b[31m\\u000ahost:80", origin.toString());
    }

    @Test
    void httpDefaultsToPort80() {
        assertEquals(80, Origin.of("http", "example.com", -1).port());
    }

    @Test
    void httpsDefaultsToPort443() {
        assertEquals(443, Origin.of("https", "example.com", -1).port());
    }

    @Test
    void explicitPortIsKept() {
        assertEquals(8443, Origin.of("https", "example.com", 8443).port());
        assertEquals(8080, Origin.of("http", "example.com", 8080).port());
    }

    @Test
    void nonHttpSchemeWithoutPortIsNull() {
        assertNull(Origin.of("ftp", "example.com", -1));
        assertNull(Origin.of("file", "example.com", -1));
    }

    @Test
    void nonHttpSchemeWithExplicitPortIsNull() {
        assertNull(Origin.of("ftp", "example.com", 21));
    }

    @Test
    void nullSchemeOrHostIsNull() {
        assertNull(Origin.of(null, "example.com", 80));
        assertNull(Origin.of("http", null, 80));
    }

    @Test
    void schemeIsLowerCasedHostKeptAsGiven() {
        // docs/contracts.md §2.1: host names as the application gave them (the JDK's keep-alive key is case-sensitive too)
        Origin o = Origin.of("HTTPS", "API.Example.COM", -1);
        assertEquals("https", o.scheme());
        assertEquals("API.Example.COM", o.host());
        assertEquals("https://API.Example.COM:443", o.toString());
    }

    @Test
    void toStringAlwaysHasThePort() {
        assertEquals("https://h:443", Origin.of("https", "h", -1).toString());
        assertEquals("http://h:80", Origin.of("http", "h", -1).toString());
        assertEquals("http://h:8080", Origin.of("http", "h", 8080).toString());
    }

    @Test
    void equalityIgnoresDefaultPortSpellingButNotHostCase() {
        assertEquals(Origin.of("https", "h", -1), Origin.of("https", "h", 443));
        assertEquals(Origin.of("HTTPS", "h", -1).hashCode(), Origin.of("https", "h", 443).hashCode());
        assertNotEquals(Origin.of("https", "H", 443), Origin.of("https", "h", 443));
        assertNotEquals(Origin.of("http", "h", 443), Origin.of("https", "h", 443));
        assertNotEquals(Origin.of("https", "h", 8443), Origin.of("https", "h", 443));
    }
}
