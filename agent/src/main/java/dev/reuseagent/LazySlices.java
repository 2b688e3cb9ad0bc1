package dev.reuseagent;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.transport.TransportSlice;
import dev.reuseagent.weave.Hook;
import dev.reuseagent.weave.HookGroup;
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
 *
 * <p>Each client slice's hooks are one {@link HookGroup}: woven all or nothing per class loader, so a library
 * version the slice only half understands makes the client stand down there (its connections are then counted by
 * the transport layer alone, as client {@code unknown}) instead of reporting half-instrumented figures. The
 * transport layer is not grouped: it is the fallback that still counts a stood-down client's connects, each of its
 * hooks is meaningful on its own, and it starts in every JVM, where reading the JDK's class files up front would
 * cost start-up time.
 *
 * <p>A class no slice hooks by its own name is then offered to {@link RelocatedCopies}: two bit tests turn most
 * names away; one that ends like a hooked class of a slice that recognises relocated copies proposes a copy, whose
 * group is judged by the copy's shape before anything of it is woven.
 */
final class LazySlices implements HookLookup {

    /** By internal class name; filled before the weaver is installed, read-only after. */
    private final Map<String, Owner> owners = new HashMap<>();
    /** The same classes by binary name, for the scan of loaded classes (no name conversion per class). */
    private final Set<String> binaryNames = new HashSet<>();
    /** Relocated copies of the slices that may be relocated: asked only for classes no slice hooks by name. */
    private final RelocatedCopies relocated = new RelocatedCopies();
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
        Owner owner = new Owner("the transport layer", false) {
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
        Owner owner = new Owner(slice.name(), true) {
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
        if (!slice.relocatablePackages().isEmpty()) {
            relocated.add(owner, slice.relocatablePackages(), owner.classNames);
        }
    }

    private void register(Owner owner, List<String> classNames) {
        for (String name : classNames) {
            owners.put(name.replace('.', '/'), owner);
            binaryNames.add(name);
            owner.classNames.add(name);
        }
    }

    @Override
    public HookGroup groupFor(String internalName) {
        Owner owner = owners.get(internalName);
        if (owner != null) {
            return owner.group;
        }
        RelocatedCopies.Copy copy = relocated.copyOf(internalName);
        return copy == null ? null : copy.group();
    }

    @Override
    public boolean mayHook(String binaryName) {
        return binaryNames.contains(binaryName) || relocated.mayHook(binaryName);
    }

    @Override
    public List<Hook> hooksFor(String internalName) {
        Owner owner = owners.get(internalName);
        if (owner != null) {
            return owner.hooksFor(internalName);
        }
        RelocatedCopies.Copy copy = relocated.copyOf(internalName);
        return copy == null ? null : copy.hooksFor(internalName);
    }

    /** One slice: started once, on the thread that loads its first class, before that class is woven. */
    abstract class Owner {
        private final String name;
        private final boolean grouped;
        /** Every class it hooks, by binary name; filled before the weaver is installed, read-only after. */
        final List<String> classNames = new ArrayList<>();
        private volatile Map<String, List<Hook>> hooksByClass;
        /** Every hook, once started; empty when the slice could not start. */
        private volatile List<Hook> all = List.of();
        /** The slice's hooks as one group, once started, when {@code grouped}; else null. */
        volatile HookGroup group;

        Owner(String name, boolean grouped) {
            this.name = name;
            this.grouped = grouped;
        }

        String name() {
            return name;
        }

        /** The hooks, starting the slice if it has not started yet (a relocated copy of it was found). */
        List<Hook> startedHooks() {
            if (hooksByClass == null) {
                startOnce();
            }
            return all;
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
                    List<Hook> all = start();
                    for (Hook hook : all) {
                        List<Hook> hooks = byClass.get(hook.internalName());
                        if (hooks == null) {
                            hooks = new ArrayList<>();
                            byClass.put(hook.internalName(), hooks);
                        }
                        hooks.add(hook);
                    }
                    if (grouped) {
                        group = new HookGroup(name, all);
                    }
                    this.all = all;
                } catch (Throwable t) {
                    byClass.clear(); // the slice stays out of the way: its classes load unchanged
                    group = null;
                    notes.problem("could not start " + name + ", its connections are not reported: " + t);
                }
                hooksByClass = byClass;
            }
            return hooksByClass;
        }
    }
}
