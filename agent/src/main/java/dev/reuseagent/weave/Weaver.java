package dev.reuseagent.weave;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Weaves advice into the classes that have hooks, as they are loaded or when loaded classes are retransformed.
 *
 * <p>Every class the JVM loads passes through {@link #transform}; for all but the hooked ones it costs one
 * {@link HookLookup} call and returns null. Nothing of ASM is loaded until the first hooked class arrives. A class
 * that cannot be woven is loaded unchanged and reported; the weaver never throws into class loading. The hooks of
 * one client form a {@link HookGroup}, woven all or nothing in each class loader.
 *
 * <p>The woven code only changes method bodies, so register the weaver with {@code canRetransform = true}:
 * <pre>
 *   Weaver weaver = new Weaver(hookLookup, AgentCounters.class.getMethod("adviceError", Throwable.class),
 *           listener);
 *   instrumentation.addTransformer(weaver, true);
 *   weaver.retransformLoaded(instrumentation);   // when attached to a running JVM
 * </pre>
 */
public final class Weaver implements ClassFileTransformer {

    private final HookLookup lookup;
    private final ErrorMethod error;
    private final WeaveListener listener;
    private final AdviceCache advice = new AdviceCache();
    private final Set<String> transformed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    /**
     * @param lookup      the hooks of a class, by internal name
     * @param adviceError a {@code public static void m(Throwable)} of a public class visible from every instrumented
     *                    class (on the bootstrap class path): woven code hands it whatever an advice call threw
     * @param listener    hears every woven and every failed class
     * @throws IllegalArgumentException if {@code adviceError} does not have that shape
     */
    public Weaver(HookLookup lookup, Method adviceError, WeaveListener listener) {
        this.lookup = lookup;
        this.error = new ErrorMethod(adviceError);
        this.listener = listener;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className == null) {
            return null;
        }
        List<Hook> hooks = hooksFor(className, loader);
        if (hooks == null || hooks.isEmpty()) {
            return null;
        }
        HookGroup group;
        try {
            group = lookup.groupFor(className);
        } catch (Throwable t) {
            fail(className.replace('/', '.'), loader, "the hook group lookup failed: ".concat(t.toString()));
            return null;
        }
        if (group == null) {
            return weave(loader, className.replace('/', '.'), hooks, classfileBuffer);
        }
        try {
            return group.transform(this, loader, className, classfileBuffer);
        } catch (Throwable t) {
            fail(className.replace('/', '.'), loader, "the class could not be woven: ".concat(t.toString()));
            return null;
        }
    }

    private List<Hook> hooksFor(String internalName, ClassLoader loader) {
        try {
            return lookup.hooksFor(internalName);
        } catch (Throwable t) {
            fail(internalName.replace('/', '.'), loader, "the hook lookup failed: ".concat(t.toString()));
            return null;
        }
    }

    private byte[] weave(ClassLoader loader, String className, List<Hook> hooks, byte[] classFile) {
        WeaveResult result;
        try {
            result = ClassWeaver.weave(classFile, hooks, advice, error);
        } catch (Throwable t) {
            fail(className, loader, "the class file could not be woven: ".concat(t.toString()));
            return null;
        }
        for (String failure : result.failures) {
            fail(className, loader, failure);
        }
        if (result.bytes == null) {
            if (result.failures.isEmpty()) {
                fail(className, loader, "no method matched any of its hooks: ".concat(hooks.toString()));
            }
            return null;
        }
        return accept(className, loader, result);
    }

    /** Weaves a class file without reporting anything: a class file that cannot be woven gives a failure. */
    WeaveResult weaveInMemory(byte[] classFile, List<Hook> hooks) {
        try {
            return ClassWeaver.weave(classFile, hooks, advice, error);
        } catch (Throwable t) {
            WeaveResult result = new WeaveResult(hooks);
            result.failures.add("the class file could not be woven: ".concat(t.toString()));
            return result;
        }
    }

    /** Records and reports a woven class; returns its bytes. */
    byte[] accept(String className, ClassLoader loader, WeaveResult result) {
        transformed.add(className);
        try {
            listener.woven(className, loader, result.methodsByHook(), result.matchedNothing());
        } catch (Throwable ignored) {
            // The listener's problem must not undo a good weave.
        }
        return result.bytes;
    }

    /** Reports that a hook group stands down in a loader. */
    void stoodDown(String group, ClassLoader loader, String reason) {
        try {
            listener.stoodDown(group, loader, reason);
        } catch (Throwable ignored) {
            // Reporting a stand-down must not turn into a failure.
        }
    }

    /** Reports that a relocated copy of a client was recognised in a loader. */
    void relocatedCopy(String group, ClassLoader loader, Map<String, String> relocation) {
        try {
            listener.relocatedCopy(group, loader, relocation);
        } catch (Throwable ignored) {
            // Reporting must not turn into a failure.
        }
    }

    private void fail(String className, ClassLoader loader, String reason) {
        // No merge(..., lambda): the weaver stays free of invokedynamic (see package-info).
        String earlier = failures.putIfAbsent(className, reason);
        while (earlier != null && !earlier.contains(reason)
                && !failures.replace(className, earlier, earlier.concat("; ").concat(reason))) {
            earlier = failures.get(className);
        }
        try {
            listener.failed(className, loader, reason);
        } catch (Throwable ignored) {
            // Reporting a failure must not turn into one.
        }
    }

    /**
     * Retransforms the already loaded classes that have hooks, one at a time so one failure does not hold back the
     * others; for an agent attached to a running JVM. Other classes are not touched.
     *
     * @return how many classes were retransformed
     */
    public int retransformLoaded(Instrumentation instrumentation) {
        int count = 0;
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            String name = type.getName();
            if (!lookup.mayHook(name)) {
                continue;
            }
            List<Hook> hooks = hooksFor(name.replace('.', '/'), null);
            if (hooks == null || hooks.isEmpty() || !instrumentation.isModifiableClass(type)) {
                continue;
            }
            try {
                instrumentation.retransformClasses(type);
                count++;
            } catch (Throwable t) {
                fail(name, type.getClassLoader(), "retransformation failed: ".concat(t.toString()));
            }
        }
        return count;
    }

    /**
     * Takes every piece of advice out again: this weaver stops transforming, and each loaded class it wove is
     * retransformed, which gives it back the bytes it had without this transformer. Methods running at that moment
     * finish in their woven form.
     *
     * @return how many classes were restored
     */
    public int unweave(Instrumentation instrumentation) {
        instrumentation.removeTransformer(this);
        int count = 0;
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (!transformed.contains(type.getName()) || !instrumentation.isModifiableClass(type)) {
                continue;
            }
            try {
                instrumentation.retransformClasses(type);
                count++;
            } catch (Throwable t) {
                fail(type.getName(), type.getClassLoader(), "restoring it failed: ".concat(t.toString()));
            }
        }
        transformed.clear();
        return count;
    }

    /** Whether a class of this binary name has been woven (by any loader). */
    public boolean isTransformed(String className) {
        return transformed.contains(className);
    }

    /** Why classes or hooks could not be woven, by class binary name; several reasons are joined with "; ". */
    public Map<String, String> failures() {
        return Collections.unmodifiableMap(failures);
    }
}
