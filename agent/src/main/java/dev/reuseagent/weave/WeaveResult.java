package dev.reuseagent.weave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What weaving one class did: the new bytes (null if nothing was woven), where each hook went, what failed. */
final class WeaveResult {

    private final List<Hook> hooks;
    private final boolean[] matched;
    private final List<List<String>> methods;
    final List<String> failures = new ArrayList<>();
    /**
     * The failures (also in {@link #failures}) of hooks marked {@link Hook#onlyIn only in} some versions, and those
     * hooks: in a group they mean the hook does not apply, not that the group cannot (another version's shape).
     */
    final List<String> versionFailures = new ArrayList<>();
    final List<Hook> failedVersionHooks = new ArrayList<>();
    byte[] bytes;

    WeaveResult(List<Hook> hooks) {
        this.hooks = hooks;
        this.matched = new boolean[hooks.size()];
        this.methods = new ArrayList<>(hooks.size());
        for (int i = 0; i < hooks.size(); i++) {
            methods.add(new ArrayList<>(1));
        }
    }

    /** The hook at this index matched a method (whether or not it could be woven there). */
    void matched(int hook) {
        matched[hook] = true;
    }

    /** The hook at this index was woven into this method. */
    void woven(int hook, String method) {
        methods.get(hook).add(method);
    }

    /** The hook at this index could not be woven, into this method or (method null) at all. */
    void failed(int hook, String method, String reason) {
        StringBuilder text = new StringBuilder("hook ").append(hooks.get(hook));
        if (method != null) {
            text.append(" on ").append(method);
        }
        String failure = text.append(": ").append(reason).toString();
        failures.add(failure);
        if (!hooks.get(hook).versions().isEmpty()) {
            versionFailures.add(failure);
            failedVersionHooks.add(hooks.get(hook));
        }
    }

    /** For each hook woven somewhere, in hook order, the methods it was woven into. */
    Map<Hook, List<String>> methodsByHook() {
        Map<Hook, List<String>> result = new LinkedHashMap<>();
        for (int i = 0; i < hooks.size(); i++) {
            if (!methods.get(i).isEmpty()) {
                result.put(hooks.get(i), methods.get(i));
            }
        }
        return result;
    }

    /** The hooks that matched no method of the class. */
    List<Hook> matchedNothing() {
        List<Hook> result = new ArrayList<>();
        for (int i = 0; i < hooks.size(); i++) {
            if (!matched[i]) {
                result.add(hooks.get(i));
            }
        }
        return result;
    }
}
