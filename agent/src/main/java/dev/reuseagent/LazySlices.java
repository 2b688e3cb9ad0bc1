package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.transport.TransportSlice;
import dev.reuseagent.weave.Hook;
import dev.reuseagent.weave.HookLookup;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name-only filter in front of the weaver: which slice hooks which class. A slice is started, and its hooks
 * built, the first time one of its classes is loaded; until then it costs nothing but its names, and a class no
 * slice hooks costs one map look-up.
 */
final class LazySlices implements HookLookup {

    /** By internal class name; filled before the weaver is installed, read-only after. */
    private final Map<String, Owner> owners = new HashMap<>();
    /** The same classes by binary name, for the scan of loaded classes (no name conversion per class). */
    private final Set<String> binaryNames = new HashSet<>();
    private final Notes notes;
    private final AgentRuntime runtime;
    private final boolean attached;
    private final Instrumentation instrumentation;

    LazySlices(Notes notes, AgentRuntime runtime, boolean attached, Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
        this.notes = notes;
        this.runtime = runtime;
        this.attached = attached;
    }

    void addTransport() {
        Owner owner = new Owner("the transport layer") {
            @Override
            List<Hook> start() {
                TransportSlice transport = new TransportSlice(runtime.trackers().transport);
                transport.start();
                return transport.hooks();
            }
        };
        register(owner, TransportSlice.HOOKED_CLASSES);
    }

    void add(ClientSlice slice) {
        boolean enforcing = runtime.enforces(slice);
        Owner owner = new Owner(slice.name()) {
            @Override
            List<Hook> start() {
                Trackers trackers = runtime.trackers();
                slice.start(new SliceContext(trackers.connections, trackers.transport, attached,
                        enforcing ? runtime.enforcement(slice, trackers.sites) : null, instrumentation));
                return slice.hooks();
            }
        };
        register(owner, slice.hookedClasses());
        if (enforcing) {
            register(owner, slice.enforceHookedClasses());
        }
    }

    private void register(Owner owner, List<String> classNames) {
        for (String name : classNames) {
            owners.put(name.replace('.', '/'), owner);
            binaryNames.add(name);
        }
    }

    @Override
    public boolean mayHook(String binaryName) {
        return binaryNames.contains(binaryName);
    }

    @Override
    public List<Hook> hooksFor(String internalName) {
        Owner owner = owners.get(internalName);
        return owner == null ? null : owner.hooksFor(internalName);
    }

    /** One slice: started once, on the thread that loads its first class, before that class is woven. */
    private abstract class Owner {
        private final String name;
        private volatile Map<String, List<Hook>> hooksByClass;

        Owner(String name) {
            this.name = name;
        }

        /** Starts what the hooks call into and returns the hooks. */
        abstract List<Hook> start();

        List<Hook> hooksFor(String internalName) {
            Map<String, List<Hook>> byClass = hooksByClass;
            return (byClass != null ? byClass : startOnce()).get(internalName);
        }

        private synchronized Map<String, List<Hook>> startOnce() {
            if (hooksByClass == null) {
                Map<String, List<Hook>> byClass = new HashMap<>();
                try {
                    for (Hook hook : start()) {
                        List<Hook> hooks = byClass.get(hook.internalName());
                        if (hooks == null) {
                            hooks = new ArrayList<>();
                            byClass.put(hook.internalName(), hooks);
                        }
                        hooks.add(hook);
                    }
                } catch (Throwable t) {
                    byClass.clear(); // the slice stays out of the way: its classes load unchanged
                    notes.problem("could not start " + name + ", its connections are not reported: " + t);
                }
                hooksByClass = byClass;
            }
            return hooksByClass;
        }
    }
}
