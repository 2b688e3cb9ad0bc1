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
        return route == null ? null : parse(String.valueOf(route));
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
