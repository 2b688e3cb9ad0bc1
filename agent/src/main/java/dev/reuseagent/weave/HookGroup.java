package dev.reuseagent.weave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The hooks of one client, applied all or nothing in each class loader: a client whose classes are woven only in
 * part would report figures that are half true (a connection opened, its requests never counted), so when any of
 * its hooks cannot apply in a loader, none of its classes in that loader is woven and the {@link WeaveListener}
 * hears once that the group {@linkplain WeaveListener#stoodDown stands down} there.
 *
 * <p>The decision is taken before the first class of the group is woven in a loader, when that class is loaded:
 * every class the group hooks is read as a class file resource from the same loader ({@link ClassFiles}) and woven
 * in memory ({@link GroupCheck}). A hook applies when it was woven into at least one method without a failure. The
 * group applies when no hook failed, every required hook applies, and, if some hooks are marked
 * {@linkplain Hook#onlyIn only in} a library version, every hook of at least one version applies. The classes woven
 * by the check are kept and handed out as their classes load, so each class is still woven once.
 *
 * <p>The JDK's own loaders are the exception: their classes are judged one by one as they load (see
 * {@link #isJdk}).
 *
 * <p>Other loaders are unaffected: a stand-down is per loader, so two copies of a library in two loaders are
 * judged each on its own.
 */
public final class HookGroup {

    private final String name;
    private final List<Hook> hooks;
    private final Map<String, List<Hook>> byClass = new LinkedHashMap<>();
    /** Weakly keyed: a loader that goes away takes its verdict with it. The bootstrap loader is the null key. */
    private final Map<ClassLoader, GroupInLoader> loaders = new WeakHashMap<>();
    /** For a relocated copy of the client's library, each package and where the copy has it; else null. */
    private final Map<String, String> relocation;
    /** Run once per loader where a relocated copy applies, before its first class there is woven; or null. */
    private final Runnable recognised;

    /**
     * @param name  the group's name in the listener's reports (the client's name)
     * @param hooks every hook of the group, in the order their advice runs at method entry
     */
    public HookGroup(String name, List<Hook> hooks) {
        this(name, hooks, null, null);
    }

    /**
     * The hooks of a relocated copy of a client ({@link Hook#relocated}): the same rule, and the listener hears
     * once per loader where the copy is {@linkplain WeaveListener#relocatedCopy recognised}.
     *
     * @param relocation each library package and where the copy has it, binary with a trailing dot
     *                   ({@code org.apache.http.} to {@code com.acme.shaded.org.apache.http.}), or null for the
     *                   library's own names
     * @param recognised  run in each loader where the copy applies, before any of its classes there is woven
     */
    public HookGroup(String name, List<Hook> hooks, Map<String, String> relocation, Runnable recognised) {
        this.name = name;
        this.relocation = relocation == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(relocation));
        this.recognised = recognised;
        this.hooks = List.copyOf(hooks);
        for (Hook hook : hooks) {
            List<Hook> ofClass = byClass.get(hook.internalName());
            if (ofClass == null) {
                ofClass = new ArrayList<>();
                byClass.put(hook.internalName(), ofClass);
            }
            ofClass.add(hook);
        }
    }

    public String name() {
        return name;
    }

    /** The hooks of one class, by internal name, or null when the group hooks no such class. */
    public List<Hook> hooksOf(String internalName) {
        return byClass.get(internalName);
    }

    /** Every hook, in the group's order. */
    List<Hook> hooks() {
        return hooks;
    }

    /** Every class the group hooks, by internal name, with its hooks. */
    Map<String, List<Hook>> byClass() {
        return Collections.unmodifiableMap(byClass);
    }

    /**
     * Weaves a class of this group as its loader defines it, deciding first, once per loader, whether the group
     * applies there.
     *
     * @return the woven class file, or null to load the class unchanged
     */
    byte[] transform(Weaver weaver, ClassLoader loader, String internalName, byte[] classFile) {
        GroupInLoader state;
        synchronized (this) {
            state = loaders.get(loader);
            if (state == null) {
                // Marked first: a class of the group loaded while the check reads the others comes back here.
                loaders.put(loader, GroupInLoader.CHECKING);
                // A relocated copy is judged by its shape wherever it loads: its names alone prove nothing.
                state = isJdk(loader) && relocation == null ? GroupInLoader.applying()
                        : GroupCheck.run(this, weaver, loader, internalName, classFile);
                loaders.put(loader, state);
                if (state.standsDown()) {
                    weaver.stoodDown(relocation == null ? name
                            : name + " relocated to " + String.join(", ", relocation.values()), loader,
                            state.reason());
                } else if (relocation != null) {
                    if (recognised != null) {
                        recognised.run();
                    }
                    weaver.relocatedCopy(name, loader, relocation);
                }
            } else if (state == GroupInLoader.CHECKING) {
                // Only the checking thread gets here (it holds the lock): such a class stays as it is.
                return null;
            }
        }
        if (state.standsDown()) {
            return null;
        }
        return state.weave(this, weaver, loader, internalName, classFile);
    }

    /**
     * The JDK's own loaders are not checked up front: reading the JDK's class files through its module image costs
     * a cold JVM 10 to 20 ms on the first request, and the JDK's classes are fixed per JDK version, which the
     * tests cover (17 and 25). Each of their classes is still judged as it loads, and a mismatch stands the group
     * down from then on ({@link #standDownLate}).
     */
    private static boolean isJdk(ClassLoader loader) {
        return loader == null || loader == ClassLoader.getPlatformClassLoader();
    }

    /** Records that the group stopped applying in a loader after some of its classes there were woven. */
    synchronized void standDownLate(Weaver weaver, ClassLoader loader, String reason) {
        GroupInLoader state = loaders.get(loader);
        if (state != null && !state.standsDown()) {
            loaders.put(loader, GroupInLoader.standingDown(reason));
            weaver.stoodDown(name, loader, reason);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
