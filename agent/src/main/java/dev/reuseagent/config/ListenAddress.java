package dev.reuseagent.config;

/** Where a server of the agent listens ({@code prometheus=127.0.0.1:9464}): a host name or address and a port. */
public final class ListenAddress {

    private final String host;
    private final int port;

    public ListenAddress(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    /** 0 lets the system choose a free port (the agent logs the one it got). */
    public int port() {
        return port;
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** {@code host:port} or {@code [ipv6]:port}. */
    static final class ParserOf implements Option.Parser<ListenAddress> {
        static final String ACCEPTED = "host:port such as 127.0.0.1:9464 or [::1]:9464 (port 0 to 65535)";

        @Override
        public ListenAddress parse(String text) {
            int colon = text.lastIndexOf(':');
            if (colon > 0 && colon < text.length() - 1) {
                String host = text.substring(0, colon);
                if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
                    host = host.substring(1, host.length() - 1);
                } else if (host.indexOf(':') >= 0 || host.indexOf('[') >= 0 || host.indexOf(']') >= 0) {
                    throw new IllegalArgumentException(ACCEPTED);
                }
                String port = text.substring(colon + 1);
                if (Parsers.asciiDigits(port) && port.charAt(0) != '-' && port.length() <= 5
                        && Integer.parseInt(port) <= 65535 && host.trim().equals(host)) {
                    return new ListenAddress(host, Integer.parseInt(port));
                }
            }
            throw new IllegalArgumentException(ACCEPTED);
        }
    }
}
