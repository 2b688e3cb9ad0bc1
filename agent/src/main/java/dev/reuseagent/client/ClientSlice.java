package dev.reuseagent.client;

import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * One instrumented client library: what the core needs to know about it, and how to start it. A slice is one
 * package, {@code client/<name>/}: this descriptor, the hooks (the boundary its advice calls), the advice and the
 * matchers that place it, the tracking that turns hook calls into tracker events, close causes and per-thread
 * state. The core names no client; it iterates {@link ClientSlices#all()}.
 *
 * <p>A descriptor is loaded when the agent starts, in every JVM, so it holds data only: everything that costs
 * (advice, matchers, tracking) is reached through {@link #hooks()} and {@link #start(SliceContext)}, which run
 * when the first class the slice hooks is loaded.
 */
public abstract class ClientSlice {

    private final String name;
    private final String enforceName;
    private final List<String> libraryPackages;
    private final List<String> hookedClasses;

    /**
     * @param name            the client's name in the output ({@code via okhttp}, the summary's {@code clients}): a
     *                        contract
     * @param enforceName     the name {@code enforce=} uses for it (Apache 4 and 5 share {@code apache}), or null for a
     *                        client with nothing to enforce (Netty's transport layer)
     * @param libraryPackages package prefixes of the library and of what runs between its entry point and a connect:
     *                        skipped when looking for the application line, also after a relocation prefix
     *                        ({@code com.acme.shaded.okhttp3.})
     * @param hookedClasses   every class the slice hooks, by binary name: the name-only filter that decides when the
     *                        slice starts (compile-time constants of its hook table, so naming them loads nothing)
     */
    protected ClientSlice(String name, String enforceName, List<String> libraryPackages,
            List<String> hookedClasses) {
        this.name = name;
        this.enforceName = enforceName;
        this.libraryPackages = libraryPackages;
        this.hookedClasses = hookedClasses;
    }

    public final String name() {
        return name;
    }

    /** The name {@code enforce=} uses for it, or null when there is nothing to enforce. */
    public final String enforceName() {
        return enforceName;
    }

    public final List<String> libraryPackages() {
        return libraryPackages;
    }

    public final List<String> hookedClasses() {
        return hookedClasses;
    }

    /**
     * Classes hooked only to enforce (a client's builder, say), by binary name: they start the slice, and are woven,
     * only when {@code enforce=} names this client. {@link #hooks()} returns their hooks only then.
     */
    public List<String> enforceHookedClasses() {
        return List.of();
    }

    /**
     * The library packages a relocated (shaded) copy of the library may have moved ({@code org.apache.http.}), when
     * the slice recognises such copies: every hooked class must be below one of them, and everything the slice
     * does by class name (a close cause read from the stack, a class compared by name) must go through
     * {@code util.Relocations}. Empty (the default): a relocated copy is counted by the transport layer only.
     */
    public List<String> relocatablePackages() {
        return List.of();
    }

    /** The hooks: which methods of which classes get which advice. Built when the slice starts. */
    public abstract List<Hook> hooks();

    /** Creates the slice's tracking and wires its hooks to it; called once, before its first class is woven. */
    public abstract void start(SliceContext context);

    /** What the summary's hints say for this client. */
    public ClientHints hints() {
        return ClientHints.GENERIC;
    }
}
