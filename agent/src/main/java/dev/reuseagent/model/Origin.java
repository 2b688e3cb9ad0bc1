package dev.reuseagent.model;

import dev.reuseagent.util.SafeText;

import java.util.Locale;
import java.util.Objects;

/**
 * scheme://host:port with the port always explicit. The host is kept as the application gave it (never
 * reverse-resolved); user-info, path and query are never part of an origin, so they can never be logged.
 */
public final class Origin {

    private final String scheme;
    private final String host;
    private final int port;
    private final String text;

    public Origin(String scheme, String host, int port) {
        this.scheme = scheme.toLowerCase(Locale.ROOT);
        this.host = host; // as the application gave it: the JDK's pools compare it case-sensitively too
        this.port = port;
        // the host came from the application or a redirect: control characters must not reach a log line
        this.text = this.scheme + "://" + SafeText.text(host) + ":" + port;
    }

    /** The origin of a URL, filling in the scheme's default port; null for non-HTTP schemes. */
    public static Origin of(String scheme, String host, int port) {
        if (scheme == null || host == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            return null;
        }
        int effective = port;
        if (effective < 0) {
            effective = "http".equalsIgnoreCase(scheme) ? 80 : 443;
        }
        return new Origin(scheme, host, effective);
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin && ((Origin) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
