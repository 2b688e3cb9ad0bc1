package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code java.net.http.HttpClient}, HTTP/1.1 and HTTP/2, with the TLS handshakes of its {@code SSLEngine}s. Its
 * {@code sun.security.ssl.TransportContext} hooks start the slice too, so HTTPS through any client starts it.
 * With {@code enforce=jdkhttp} it also shares clients of equal configuration and drains bodies closed unread.
 */
public final class JdkHttpSlice extends ClientSlice {

    public static final String NAME = "jdkhttp";

    /** Set by {@link #start} when {@code enforce=} names this client. */
    private volatile boolean enforcing;

    public JdkHttpSlice() {
        super(NAME, NAME, List.of() /* the JDK is always skipped */,
                List.of(JdkHttpInstrumentation.CLIENT, JdkHttpInstrumentation.POOL, JdkHttpInstrumentation.CONNECTION,
                        JdkHttpInstrumentation.PLAIN_CONNECTION, JdkHttpInstrumentation.RESPONSE,
                        JdkHttpInstrumentation.TLS_CONNECTION, JdkHttpInstrumentation.TLS_CONTEXT));
    }

    @Override
    public List<String> enforceHookedClasses() {
        return List.of(JdkHttpInstrumentation.BUILDER, JdkHttpInstrumentation.FACADE, JdkHttpInstrumentation.REQUEST,
                JdkHttpInstrumentation.HTTP1_RESPONSE, JdkHttpInstrumentation.BODY_STREAM);
    }

    @Override
    public List<Hook> hooks() {
        if (!enforcing) {
            return JdkHttpInstrumentation.hooks();
        }
        List<Hook> hooks = new ArrayList<>(JdkHttpInstrumentation.hooks());
        hooks.addAll(JdkHttpInstrumentation.enforcementHooks());
        return hooks;
    }

    @Override
    public void start(SliceContext context) {
        JdkHttpHooks.install(new JdkHttpTracking(context.connections(), context.transport(), context.attached()));
        Enforcement enforcement = context.enforcement();
        if (enforcement != null) {
            JdkHttpInternals internals = new JdkHttpInternals(context.instrumentation());
            JdkHttpHooks.installRepairs(new JdkHttpSharing(enforcement, internals),
                    new JdkHttpDrain(enforcement, internals, context.connections()));
            enforcing = true;
        }
    }

    @Override
    public ClientHints hints() {
        return new JdkHttpHints();
    }
}
