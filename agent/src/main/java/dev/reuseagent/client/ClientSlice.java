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

    /** The client's name in the output ({@code via okhttp}, the summary's {@code clients}): a contract. */
    public abstract String name();

    /** The name {@code enforce=} uses for this client; Apache 4 and 5 share {@code apache}. */
    public String enforceName() {
        return name();
    }

    /**
     * Package prefixes of the library and of what runs between its entry point and a connect: skipped when
     * looking for the application line, also after a relocation prefix ({@code com.acme.shaded.okhttp3.}).
     */
    public abstract List<String> libraryPackages();

    /** Every class the slice hooks, by binary name: the name-only filter that decides when the slice starts. */
    public abstract List<String> hookedClasses();

    /** The hooks: which methods of which classes get which advice. Built when the slice starts. */
    public abstract List<Hook> hooks();

    /** Creates the slice's tracking and wires its hooks to it; called once, before its first class is woven. */
    public abstract void start(SliceContext context);

    /** What the summary's hints say for this client. */
    public ClientHints hints() {
        return ClientHints.GENERIC;
    }
}
