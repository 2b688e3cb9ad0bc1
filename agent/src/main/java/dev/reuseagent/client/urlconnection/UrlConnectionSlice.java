package dev.reuseagent.client.urlconnection;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.List;

/** {@code HttpURLConnection} and {@code HttpsURLConnection}: the JDK's own client and its keep-alive cache. */
public final class UrlConnectionSlice extends ClientSlice {

    public static final String NAME = "urlconnection";

    /** Set by {@link #start} when {@code enforce=} names this client: then the repairs are hooked too. */
    private volatile boolean enforcing;

    public UrlConnectionSlice() {
        super(NAME, NAME, List.of() /* the JDK is always skipped */,
                List.of(UrlConnectionInstrumentation.HTTP_CLIENT, UrlConnectionInstrumentation.HTTPS_CLIENT,
                        UrlConnectionInstrumentation.KEEP_ALIVE_CACHE, UrlConnectionInstrumentation.URL_CONNECTION,
                        UrlConnectionInstrumentation.METERED_STREAM, UrlConnectionInstrumentation.CLEANER_ENTRY));
    }

    @Override
    public List<String> enforceHookedClasses() {
        return List.of(UrlConnectionInstrumentation.KEEP_ALIVE_STREAM, UrlConnectionInstrumentation.CHUNKED_INPUT_STREAM);
    }

    @Override
    public List<Hook> hooks() {
        return enforcing ? UrlConnectionInstrumentation.hooksWithRepairs() : UrlConnectionInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        UrlConnectionHooks.install(new UrlConnectionTracking(context.connections(), context.transport(),
                context.attached()));
        if (context.enforcement() != null) {
            UrlConnectionHooks.installEnforcer(new UrlConnectionEnforcer(context.enforcement(),
                    context.instrumentation(), context.connections()));
            enforcing = true;
        }
    }

    @Override
    public ClientHints hints() {
        return new UrlConnectionHints();
    }
}
