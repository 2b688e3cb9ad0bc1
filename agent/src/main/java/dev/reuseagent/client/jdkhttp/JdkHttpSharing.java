package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.enforce.Enforcement;

/**
 * Repair {@code shared-client} ({@code enforce=jdkhttp}): builders with identical configuration get one client.
 *
 * <p>When an earlier {@code HttpClientBuilderImpl#build()} with an equal {@link ClientConfig} left a live client,
 * {@code build()} returns a new facade over that client (a distinct object, as before) without building one
 * ({@link #building}). Otherwise it builds its client, which {@link #built} registers as its configuration's first;
 * should a concurrent build have registered an equal one meanwhile, the application gets a facade over that one
 * instead and the client just built is shut down (JDK 21+; on 17 it goes when collected, as it would have).
 * The first facade of a shared client is held by the registry ({@link SharedClients}): the JDK stops a client whose
 * first facade is collected.
 *
 * <p>{@code close()}, {@code shutdown()} and {@code shutdownNow()} of a handle of a shared client (JDK 21+) return at
 * once and change nothing ({@code shared-client-close}): the client goes on serving every caller; {@code close()}
 * first waits for the requests sent on that handle to be answered, as it would have. Once every handle
 * of a configuration has been closed by its caller (or collected), {@code isTerminated()} or
 * {@code awaitTermination(...)} on a closed one stops the client for real, the way its caller last asked, before
 * they answer: the answers are then the JDK's own. While another caller still holds it open, the client is running:
 * {@code isTerminated()} is false and {@code awaitTermination(d)} waits {@code d} and returns false.
 *
 * <p>Avoided connections are counted on the connection, by {@link SharedRequests}.
 */
final class JdkHttpSharing {

    static final String REPAIR = "shared-client";
    static final String CLOSE_REPAIR = "shared-client-close";
    static final String FIX = "build one HttpClient and share it (it is thread-safe and pools its connections) "
            + "instead of one per request";
    private static final String BUILDER = JdkHttpInstrumentation.BUILDER;

    private final Enforcement enforcement;
    private final JdkHttpInternals internals;
    private final SharedClients clients = new SharedClients();
    private final SharedRequests requests;
    private volatile ClientConfig.Reader reader;
    private volatile boolean disabled;

    JdkHttpSharing(Enforcement enforcement, JdkHttpInternals internals) {
        this.enforcement = enforcement;
        this.internals = internals;
        this.requests = new SharedRequests(enforcement, clients);
    }

    /**
     * {@code build()} of {@code builder} starts: a new facade over the shared client of an equal configuration, which
     * {@code build()} returns without building a client; or null, and {@code build()} builds its client and
     * {@link #built} decides as for any first build. Says nothing when it returns null: what keeps a builder from
     * being merged is logged and counted once, by {@link #built}, which then runs on the same builder.
     */
    Object building(Object builder) {
        ClientConfig.Reader r = reader;
        if (disabled || builder == null || r == null || !r.reads(builder.getClass()) || r.refusal() != null
                || clients.size() == 0) {
            return null;
        }
        ClientConfig config;
        try {
            config = r.read(builder);
        } catch (IllegalAccessException | RuntimeException e) {
            return null; // built() reads it again and disables the repair
        }
        SharedClients.Found found = config == null ? null : clients.lookUpShared(config);
        return found == null ? null : share(found, null);
    }

    /** {@code build()} returned {@code client}: what the application gets instead, or {@code client}. */
    Object built(Object builder, Object client) {
        if (disabled || client == null) {
            return client;
        }
        if (!client.getClass().getName().equals(JdkHttpInternals.FACADE)) {
            enforcement.notApplied(REPAIR, "build() returned a " + client.getClass().getName()
                    + ", not the JDK's HttpClientFacade: not merged");
            return client;
        }
        ClientConfig config = config(builder);
        if (config == null) {
            return client;
        }
        SharedClients.Found found = clients.lookUp(config, client);
        if (found == null) {
            enforcement.notApplied(REPAIR, "more than " + SharedClients.MAX_CONFIGURATIONS
                    + " HttpClient configurations: clients of further ones are not merged");
            return client;
        }
        if (found.first == null) {
            return client; // the first of its configuration
        }
        return share(found, client);
    }

    /**
     * A new facade over {@code found}'s client, whose handle {@code lookUp} reserved; {@code client} (what
     * {@code build()} built, or null before it did) is discarded. If no facade can be made: {@code client}.
     */
    private Object share(SharedClients.Found found, Object client) {
        Object handle;
        try {
            handle = internals.newFacade(found.first, internals.impl(found.first));
        } catch (ReflectiveOperationException | RuntimeException e) {
            clients.abandoned(found.entry);
            disable("cannot create a facade over a shared HttpClient: " + e);
            return client;
        }
        clients.handedOut(handle, found.entry);
        if (client != null) {
            discard(client);
        }
        enforcement.applied(REPAIR, "one HttpClient per configuration instead of one per build()", FIX);
        return handle;
    }

    private ClientConfig config(Object builder) {
        if (builder == null || !builder.getClass().getName().equals(BUILDER)) {
            enforcement.notApplied(REPAIR, "a HttpClient.Builder that is not the JDK's own: its clients are not "
                    + "merged");
            return null;
        }
        try {
            ClientConfig.Reader r = reader;
            if (r == null || !r.reads(builder.getClass())) {
                internals.open(builder.getClass());
                r = new ClientConfig.Reader(builder.getClass());
                reader = r;
            }
            if (r.refusal() != null) {
                enforcement.notApplied(REPAIR, r.refusal());
                return null;
            }
            ClientConfig config = r.read(builder);
            if (config == null) {
                enforcement.notApplied(REPAIR, ClientConfig.Reader.whyNot());
            }
            return config;
        } catch (IllegalAccessException | RuntimeException e) {
            disable("cannot read the HttpClient builder's settings: " + e);
            return null;
        }
    }

    /** The client {@code build()} made and the application will not see: stopped now where the JDK can (21+). */
    private static void discard(Object client) {
        try {
            JdkHttpInternals.callApi(client, "shutdown");
        } catch (ReflectiveOperationException | RuntimeException e) {
            // it stops when collected, as every unreferenced client does
        }
    }

    private void disable(String why) {
        disabled = true;
        enforcement.notApplied(REPAIR, why + "; clients are no longer merged");
    }

    /**
     * {@code close()}, {@code shutdown()} or {@code shutdownNow()} ({@code how}) of {@code client}: true to skip it,
     * when the client is a handle of a shared client.
     */
    boolean closing(Object client, String how) {
        SharedClients.Handle h = clients.handle(client);
        if (h == null || !clients.close(h, how)) {
            return false;
        }
        enforcement.applied(CLOSE_REPAIR, how + "() ignored: the client stays open for every build() with the "
                + "same configuration", null);
        if (how.equals("close")) {
            try {
                h.awaitAnswers(); // close() returns once the caller's own requests are answered, as it would have
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    /** {@code isTerminated()} or {@code awaitTermination(...)} of {@code client} is about to answer. */
    void terminationAsked(Object client) {
        SharedClients.Handle h = clients.handle(client);
        if (h == null || h.closedBy == null) {
            return; // not a handle, or one its caller did not stop: the client runs, and says so
        }
        if (!clients.releaseIfAllClosed(h)) {
            if (!h.entry.retired) {
                enforcement.notApplied(CLOSE_REPAIR, "a caller asked whether a shared HttpClient it closed has "
                        + "terminated while another caller still uses it: isTerminated() is false and "
                        + "awaitTermination(d) waits d");
            }
            return;
        }
        String how = h.closedBy.equals("close") ? "close" : h.entry.now ? "shutdownNow" : "shutdown";
        try {
            JdkHttpInternals.callApi(client, how); // the handle is released: this call is not skipped
        } catch (ReflectiveOperationException | RuntimeException e) {
            enforcement.notApplied(CLOSE_REPAIR, "cannot stop a released HttpClient: " + e);
        }
    }

    /** Who sends which request, for the avoided count and for close(). */
    SharedRequests requests() {
        return requests;
    }
}
