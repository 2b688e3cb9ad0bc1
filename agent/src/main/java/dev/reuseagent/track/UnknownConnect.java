package dev.reuseagent.track;

/**
 * A TCP connect no recognised client claimed (client {@code unknown}): no origin, no HTTP, only transport facts
 * (docs/contracts.md §4.1). Announced once, after a short grace in which a client could still have claimed it.
 *
 * @param id           a connection id, from the same sequence as the connections' ({@code #N})
 * @param endpoint     {@code host:port} as the application named it
 * @param site         the application line that made the connect, or null
 * @param connectNanos how long the connect took
 */
public record UnknownConnect(long id, String endpoint, String site, long connectNanos) {
}
