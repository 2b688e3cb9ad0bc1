package dev.reuseagent.track;

/**
 * A connection a recognised client began, whose TCP connect succeeded, that failed before it could carry an
 * exchange: its TLS handshake failed (an untrusted certificate, a wrong host name, no common protocol). Not a
 * connection (never {@code new connection}), not a request: a failed connection of its origin (docs/contracts.md
 * §2.4, §4.1).
 *
 * @param originLabel the origin, as in every other line
 * @param client      the client's name
 * @param error       the simple name of the exception the client got, e.g. {@code SSLHandshakeException}
 * @param site        the application line that asked for the connection, or null
 */
public record FailedConnection(String originLabel, String client, String error, String site) {
}
