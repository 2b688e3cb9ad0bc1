package dev.reuseagent.weave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link HookGroup} decided for one class loader: it stands down there (and why), or it applies, with the
 * classes its check already wove waiting for their classes to load.
 */
final class GroupInLoader {

    /** The decision is being taken, on the thread that holds the group's lock. */
    static final GroupInLoader CHECKING = new GroupInLoader(null);

    private final String reason;
    /** By internal name: the class file the check read, and what weaving it gave. Taken once each. */
    private final Map<String, Prepared> prepared = new HashMap<>();

    private GroupInLoader(String reason) {
        this.reason = reason;
    }

    static GroupInLoader standingDown(String reason) {
        return new GroupInLoader(reason);
    }

    static GroupInLoader applying() {
        return new GroupInLoader(null);
    }

    boolean standsDown() {
        return reason != null;
    }

    String reason() {
        return reason;
    }

    synchronized void prepare(String internalName, byte[] classFile, WeaveResult result) {
        prepared.put(internalName, new Prepared(classFile, result));
    }

    private synchronized Prepared take(String internalName) {
        return prepared.remove(internalName);
    }

    /** The class woven as the check wove it, or, when its bytes differ from what the check read, woven now. */
    byte[] weave(HookGroup group, Weaver weaver, ClassLoader loader, String internalName, byte[] classFile) {
        String className = internalName.replace('/', '.');
        Prepared ready = take(internalName);
        if (ready != null && Arrays.equals(ready.classFile, classFile)) {
            return ready.result.bytes == null ? null : weaver.accept(className, loader, ready.result);
        }
        // Another transformer changed the class, or the loader defines other bytes than its resource: weave these.
        List<Hook> hooks = group.hooksOf(internalName);
        WeaveResult result = weaver.weaveInMemory(classFile, hooks);
        List<String> problems = new ArrayList<>();
        GroupCheck.addProblems(className, result, problems, problems);
        if (!problems.isEmpty()) {
            group.standDownLate(weaver, loader, GroupCheck.summary(problems).concat(
                    "; it was found only when this class loaded, after others of the client were woven there"));
            return null;
        }
        return result.bytes == null ? null : weaver.accept(className, loader, result);
    }

    /** A class file read by the check and the result of weaving it. */
    private static final class Prepared {
        final byte[] classFile;
        final WeaveResult result;

        Prepared(byte[] classFile, WeaveResult result) {
            this.classFile = classFile;
            this.result = result;
        }
    }
}
