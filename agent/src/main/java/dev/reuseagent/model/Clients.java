package dev.reuseagent.model;

/**
 * Client names the core itself uses. Every instrumented client names itself in its slice's descriptor
 * ({@code client/<name>/}); the core only knows the name of what no slice claimed.
 */
public final class Clients {

    /** A TCP connect made by no client the agent recognises (contract: appears in the summary and its JSON). */
    public static final String UNKNOWN = "unknown";

    private Clients() {
    }
}
