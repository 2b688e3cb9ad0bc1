package dev.reuseagent.weave;

import java.util.List;

/**
 * Finds the hooks of a class about to be loaded or retransformed. The {@link Weaver} asks it for every class the
 * JVM loads, with nothing but the name and before doing any work of its own, so an implementation should be one
 * map look-up (it may lazily prepare whatever owns the class when the answer is not null).
 */
public interface HookLookup {

    /**
     * @param internalName the class's internal name, e.g. {@code java/net/Socket}
     * @return the hooks of that class, in the order their advice runs at method entry; null (or empty) when the
     *         class is not instrumented
     */
    List<Hook> hooksFor(String internalName);

    /**
     * The group a hooked class belongs to, asked only for a class whose {@link #hooksFor} answer is not empty: its
     * hooks are then woven all or nothing per class loader ({@link HookGroup}). Null weaves the class on its own.
     */
    default HookGroup groupFor(String internalName) {
        return null;
    }

    /**
     * Whether the class of this binary name ({@code java.net.Socket}) may have hooks: a cheap first test for
     * {@link Weaver#retransformLoaded}, which looks at every loaded class. Never starts anything.
     */
    default boolean mayHook(String binaryName) {
        return true;
    }
}
