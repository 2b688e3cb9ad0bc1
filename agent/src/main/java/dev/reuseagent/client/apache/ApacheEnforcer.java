package dev.reuseagent.client.apache;

import dev.reuseagent.client.apache.SharedManagers.Building;
import dev.reuseagent.client.apache.SharedManagers.Shared;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.util.Relocations;

import java.lang.reflect.Field;

/**
 * The {@code shared-manager} repair, as both Apache HttpClient versions need it: {@code HttpClientBuilder#build()}
 * of a builder without a connection manager runs with a shared pooling manager installed in the builder
 * ({@code connManager}) and marked shared ({@code connManagerShared}, so the client's {@code close()} leaves it
 * open and no per-client idle-connection evictor is started), and the builder is restored when build() returns:
 * a later build from the same builder starts from exactly the settings the application gave it. Builders with
 * the same manager settings ({@link ManagerKey}) share one manager; a builder with its own manager, of another
 * class than {@code HttpClientBuilder}, or with a setting that cannot be compared safely, is left alone.
 *
 * <p>A version supplies the key (which builder fields reach its manager) and how to create the shared manager:
 * by building a template client from a fresh builder with those fields copied, so the manager is made by the
 * library's own code exactly as the builder would have made it.
 */
public abstract class ApacheEnforcer {

    public static final String SHARED_MANAGER = "shared-manager";
    static final String FIX = "build one CloseableHttpClient and share it";

    protected final Enforcement enforcement;
    protected final SharedManagers managers = new SharedManagers();
    private final LeaseGuard leases = new LeaseGuard(this);
    private final String builderClass;

    protected ApacheEnforcer(Enforcement enforcement, String builderClass) {
        this.enforcement = enforcement;
        this.builderClass = builderClass;
    }

    /** The settings of {@code builder} that reach the manager it would make; null if one cannot be compared. */
    protected abstract ManagerKey key(Class<?> type, Object builder) throws ReflectiveOperationException;

    /** Builds the manager {@code builder} would make, from a template builder; called once per key. */
    protected abstract Shared create(Class<?> type, Object builder, ApacheThreadState state)
            throws ReflectiveOperationException;

    /** Whether the application shut a shared manager down (4.5's deprecated getConnectionManager().shutdown()). */
    protected abstract boolean isShutDown(Object manager) throws ReflectiveOperationException;

    /**
     * The manager the library itself makes for {@code builder}'s settings: a template client is built from a fresh
     * builder ({@code HttpClientBuilder.create()}) with the {@code fields} that reach the manager copied, and its
     * manager kept (the template is never closed, so its manager, and evictor if any, stay).
     */
    protected static Object templateManager(Class<?> type, Object builder, String[] fields)
            throws ReflectiveOperationException {
        Object template = Reflection.method(type, "create").invoke(null);
        for (String name : fields) {
            Field f = Reflection.field(type, name);
            f.set(template, f.get(builder));
        }
        Object client = Reflection.method(type, "build").invoke(template);
        return Reflection.get(client, "connManager"); // InternalHttpClient's
    }

    /**
     * HttpClientBuilder#build() starts. Returns what {@link #buildExited} needs to restore the builder, or null
     * when the build runs untouched.
     */
    public Object buildEntering(ApacheThreadState state, Object builder) {
        if (state.templateDepth > 0 || builder == null) {
            return null; // building the template of a shared manager
        }
        Building joined = managers.join(builder);
        if (joined != null) {
            return joined; // the same builder, built on another thread at the same time
        }
        Class<?> type = builder.getClass();
        if (!Relocations.is(type.getName(), builderClass)) {
            enforcement.notApplied(SHARED_MANAGER, "a subclass of HttpClientBuilder (" + type.getName()
                    + ") builds its client its own way; left as it is");
            return null;
        }
        try {
            Field connManager = Reflection.field(type, "connManager");
            if (connManager.get(builder) != null) {
                return null; // the application's own manager: never merged
            }
            ManagerKey key = key(type, builder);
            if (key == null) {
                return null;
            }
            Shared shared = sharedFor(type, builder, key, state);
            if (shared == null) {
                return null;
            }
            Field sharedFlag = Reflection.field(type, "connManagerShared");
            synchronized (managers) {
                Building again = managers.join(builder);
                if (again != null) {
                    return again;
                }
                boolean previouslyShared = sharedFlag.getBoolean(builder);
                connManager.set(builder, shared.manager);
                sharedFlag.setBoolean(builder, true);
                return managers.started(builder, shared, previouslyShared);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            enforcement.notApplied(SHARED_MANAGER, "a builder left as it is: cannot share its manager (" + e + ")");
            return null;
        }
    }

    /**
     * HttpClientBuilder#build() ended: the builder gets back its own settings (no manager, its shared flag) once
     * no other build of it runs, and the client built counts as one application of the repair.
     */
    public void buildExited(Object builder, Object token, Object client, Throwable thrown) {
        if (!(token instanceof Building)) {
            return;
        }
        Building building = (Building) token;
        try {
            synchronized (managers) {
                if (managers.ended(builder, building)) {
                    Class<?> type = builder.getClass();
                    Reflection.field(type, "connManager").set(builder, null);
                    Reflection.field(type, "connManagerShared").setBoolean(builder, building.previouslyShared);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            enforcement.notApplied(SHARED_MANAGER, "cannot restore HttpClientBuilder's fields (" + e + ")");
        }
        if (client != null && thrown == null) {
            managers.clientBuilt(client);
            enforcement.applied(SHARED_MANAGER, building.shared.effect, FIX);
        }
    }

    /** The key's shared manager, created if the key may have one; null to leave the builder alone. */
    private Shared sharedFor(Class<?> type, Object builder, ManagerKey key, ApacheThreadState state)
            throws ReflectiveOperationException {
        synchronized (managers) {
            Shared shared = managers.get(key);
            if (shared != null && shared.backedOff) {
                return null; // its clients left responses open that filled the pool: see LeaseGuard
            }
            if (shared != null && !isShutDown(shared.manager)) {
                return shared;
            }
            if (shared == null && !managers.mayCreate(key)) {
                return null; // an SSLContext (or the like) seen once: shared from its second client on
            }
            if (shared == null && managers.full()) {
                enforcement.notApplied(SHARED_MANAGER, "more than " + SharedManagers.MAX_MANAGERS
                        + " distinct builder configurations; further ones keep a manager each");
                return null;
            }
            state.templateDepth++;
            try {
                shared = create(type, builder, state);
            } finally {
                state.templateDepth--;
            }
            managers.put(key, shared);
            return shared;
        }
    }

    /** Whether a lease object (4.5's ConnectionHolder, 5.x's InternalExecRuntime) holds no connection any more. */
    protected abstract boolean isReleased(Object lease) throws ReflectiveOperationException;

    /** Closes the connection a lease still holds and releases it, as the client's own manager's shutdown would. */
    protected abstract void abandon(Object lease) throws Exception;

    /**
     * A lease object was created on this thread: kept with the client whose request runs here, if that client
     * uses a shared manager.
     */
    public void leaseCreated(ApacheThreadState state, Object lease) {
        Object client = state.currentClient;
        if (client == null || lease == null || !managers.isMerged(client)) {
            return;
        }
        try {
            leases.created(state, client, lease);
        } catch (ReflectiveOperationException | RuntimeException e) {
            enforcement.notApplied(SHARED_MANAGER, "cannot tell whether a request released its connection (" + e
                    + ")");
        }
    }

    /** A client is being closed: if it uses a shared manager, what it still holds is closed and released. */
    public void clientClosing(Object client) {
        if (managers.isMerged(client)) {
            leases.closing(client);
        }
    }

    /** A lease for {@code route} starts on {@code pool}: on a shared pool that is full, strays are released. */
    public void leaseStarting(Object pool, Object route) {
        Shared shared = managers.ofPool(pool);
        if (shared != null) {
            try {
                leases.leaseStarting(shared, route);
            } catch (ReflectiveOperationException | RuntimeException e) {
                enforcement.notApplied(SHARED_MANAGER, "cannot read a shared pool's statistics (" + e + ")");
            }
        }
    }

    /**
     * A lease timed out waiting for a connection of {@code pool}. On a shared pool the application got an
     * exception its own pool would not have given it (it never had to wait there): the configuration backs off.
     */
    public void leaseTimedOut(Object pool) {
        Shared shared = managers.ofPool(pool);
        if (shared != null && !shared.backedOff) {
            shared.backedOff = true;
            enforcement.notApplied(SHARED_MANAGER, "a request timed out waiting for a connection of a shared pool "
                    + "(raise enforcePoolSize): builders of that configuration keep a manager each from now on");
        }
    }

    /** A client of a shared manager opened {@code connection} (on this thread, in its execute). */
    public void opened(ApacheThreadState state, Object connection) {
        managers.opened(connection, state.currentClient);
    }

    /**
     * The pool handed out the idle {@code connection}: if another client of a shared manager opened it, that is a
     * new connection the repair saved.
     */
    public void reused(ApacheThreadState state, Object connection) {
        if (managers.reusedByAnother(connection, state.currentClient)) {
            enforcement.avoided(SHARED_MANAGER);
        }
    }
}
