package dev.reuseagent.client.apache;

import dev.reuseagent.model.Origin;

/**
 * The origin of an Apache HttpClient {@code HttpRoute}, read from its {@code toString()} so that no library type
 * is needed: {@code {s}->[https://api.example.com:443]} in 5.x, {@code {s}->https://api.example.com:443} in 4.5,
 * proxies before the target ({@code {}->http://proxy:3128->...}), an optional {@code targetName/} before the 5.x
 * bracket. The target is always last. Called only on rare paths (a new connection, a lease wait, a close).
 */
public final class ApacheRoutes {

    private ApacheRoutes() {
    }

    /** The route's target origin, or null when it cannot be read. */
    public static Origin origin(Object route) {
        if (route == null) {
            return null;
        }
        String text;
        try {
            text = String.valueOf(route);
        } catch (RuntimeException e) {
            // 5.x writes a non-ASCII host through java.net.IDN, which throws for a host it rejects (a label over 63
            // characters once encoded, a prohibited code point such as a bidi override): the application's request
            // fails the same way, but the agent still counts its connection.
            return fromTargetHost(route);
        }
        return parse(text);
    }

    /**
     * The origin from {@code route.getTargetHost()}'s scheme, name and port, read reflectively (the agent never links
     * against the library); null when that fails too.
     */
    static Origin fromTargetHost(Object route) {
        try {
            Object host = Reflection.call(route, "getTargetHost");
            return Origin.of(String.valueOf(Reflection.call(host, "getSchemeName")),
                    String.valueOf(Reflection.call(host, "getHostName")), (Integer) Reflection.call(host, "getPort"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static Origin parse(String route) {
        int arrow = route.lastIndexOf("->");
        String target = arrow < 0 ? route : route.substring(arrow + 2);
        int separator = target.indexOf("://");
        if (separator <= 0) {
            return null;
        }
        int schemeStart = separator;
        while (schemeStart > 0 && Character.isLetter(target.charAt(schemeStart - 1))) {
            schemeStart--;
        }
        boolean bracketed = schemeStart > 0 && target.charAt(schemeStart - 1) == '[';
        String authority = target.substring(separator + 3);
        if (bracketed && authority.endsWith("]")) {
            authority = authority.substring(0, authority.length() - 1); // 5.x: [http://host:port]
        }
        int colon = authority.lastIndexOf(':');
        String host = authority;
        int port = -1;
        if (colon > 0 && colon > authority.lastIndexOf(']')) { // not inside an IPv6 literal
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
                host = authority.substring(0, colon);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return host.isEmpty() ? null : Origin.of(target.substring(schemeStart, separator), host, port);
    }
}
