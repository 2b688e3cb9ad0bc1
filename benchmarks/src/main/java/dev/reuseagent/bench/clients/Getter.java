package dev.reuseagent.bench.clients;

/**
 * One HTTP client doing the hot-path GET the way a well-behaved application does: one shared client, the body
 * read to the end and closed, so every request after the first reuses the pooled connection. Implementations
 * are created by name (see {@code BenchClient}), so a fork only loads the client it measures.
 */
public interface Getter extends AutoCloseable {

    /** One GET of the URL given to the constructor; returns the number of body bytes read. */
    int get() throws Exception;

    @Override
    void close() throws Exception;
}
