package dev.reuseagent.weave;

import java.util.List;
import java.util.Map;

/**
 * Hears what the {@link Weaver} did with each instrumented class. Called on the thread loading or retransforming
 * the class, inside the transformation: keep it short. Whatever it throws is ignored.
 */
public interface WeaveListener {

    /**
     * The class was woven: at least one method now calls advice.
     *
     * @param className      the class's binary name
     * @param loader         its defining loader, null for the bootstrap loader
     * @param methodsByHook  for each hook that was woven somewhere, the methods it was woven into, each as name
     *                       and descriptor ({@code connect(Ljava/net/SocketAddress;I)V}), in hook order
     * @param matchedNothing the class's hooks that matched no method; usually a changed library version
     */
    void woven(String className, ClassLoader loader, Map<Hook, List<String>> methodsByHook,
            List<Hook> matchedNothing);

    /**
     * The class or one of its hooks could not be woven. A failed hook leaves the methods it matched untouched (other
     * hooks of the class may still have been woven); a failed class is loaded unchanged.
     *
     * @param className the class's binary name
     * @param loader    its defining loader, null for the bootstrap loader
     * @param reason    one line saying what failed and why
     */
    void failed(String className, ClassLoader loader, String reason);

    /**
     * A {@link HookGroup} stands down in a class loader: none of its classes there is woven (or, when the problem
     * shows only as a class loads after others were woven, no further one). Heard once per group and loader.
     *
     * @param group  the group's name (the client's)
     * @param loader the class loader, null for the bootstrap loader
     * @param reason one line: the first problem found, and how many more
     */
    default void stoodDown(String group, ClassLoader loader, String reason) {
    }

    /**
     * A relocated copy of a client's library ({@link Hook#relocated}) passed the group's check in a class loader:
     * its classes there are woven and it reports under the client's name. Heard once per group and loader.
     *
     * @param group      the group's name (the client's)
     * @param loader     the class loader, null for the bootstrap loader
     * @param relocation each library package and where the copy has it, binary with a trailing dot
     *                   ({@code org.apache.http.} to {@code com.acme.shaded.org.apache.http.})
     */
    default void relocatedCopy(String group, ClassLoader loader, Map<String, String> relocation) {
    }
}
