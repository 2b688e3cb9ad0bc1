package dev.reuseagent.weave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a {@link HookGroup} applies in a class loader: weaves, in memory, every class the group hooks as
 * that loader would define it (the class being loaded from its own bytes, the others from their class file
 * resources), then checks the rule in {@link HookGroup}. A class the loader does not have applies no hook.
 */
final class GroupCheck {

    private GroupCheck() {
    }

    static GroupInLoader run(HookGroup group, Weaver weaver, ClassLoader loader, String triggerName,
            byte[] triggerClassFile) {
        GroupInLoader applying = GroupInLoader.applying();
        // Hooks that matched but failed first: they name the exact difference (a field, a type) in the summary line.
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Hook> applied = new ArrayList<>();
        // Version-specific hooks that failed: they explain a stand-down, but alone they do not cause one.
        List<String> versionFailures = new ArrayList<>();
        List<Hook> failedVersionHooks = new ArrayList<>();
        for (Map.Entry<String, List<Hook>> entry : group.byClass().entrySet()) {
            String internalName = entry.getKey();
            List<Hook> hooks = entry.getValue();
            String className = internalName.replace('/', '.');
            byte[] classFile = internalName.equals(triggerName) ? triggerClassFile
                    : ClassFiles.read(loader, internalName);
            if (classFile == null) {
                for (Hook hook : hooks) {
                    if (hook.required()) {
                        missing.add(new StringBuilder("class ").append(className).append(" not found").toString());
                        break;
                    }
                }
                continue;
            }
            WeaveResult result = weaver.weaveInMemory(classFile, hooks);
            addProblems(className, result, problems, missing);
            applied.addAll(result.methodsByHook().keySet());
            versionFailures.addAll(result.versionFailures);
            failedVersionHooks.addAll(result.failedVersionHooks);
            applying.prepare(internalName, classFile, result);
        }
        problems.addAll(missing);
        // A version-specific hook that failed on one method does not apply, even if it was woven into another.
        applied.removeAll(failedVersionHooks);
        String versions = versionProblem(group, applied);
        if (versions != null) {
            problems.add(versions);
            problems.addAll(versionFailures);
        }
        return problems.isEmpty() ? applying : GroupInLoader.standingDown(summary(problems));
    }

    /**
     * What keeps one class's hooks from applying: failed hooks (a version-specific hook's failure only means that
     * hook does not apply; {@link #versionProblem} judges those), and required hooks that matched no method.
     */
    static void addProblems(String className, WeaveResult result, List<String> failed, List<String> missing) {
        for (String failure : result.failures) {
            if (result.versionFailures.contains(failure)) {
                continue;
            }
            failed.add(new StringBuilder(className).append(": ").append(failure).toString());
        }
        for (Hook hook : result.matchedNothing()) {
            if (hook.required()) {
                missing.add(new StringBuilder("no method of ").append(className).append(" matches ")
                        .append(hook.methods()).toString());
            }
        }
    }

    /** Null when the group marks no hook with a version, or every hook of some version applied. */
    private static String versionProblem(HookGroup group, List<Hook> applied) {
        Map<String, int[]> versions = new LinkedHashMap<>();
        for (Hook hook : group.hooks()) {
            for (String version : hook.versions()) {
                int[] counts = versions.get(version);
                if (counts == null) {
                    counts = new int[2];
                    versions.put(version, counts);
                }
                counts[1]++;
                if (applied.contains(hook)) {
                    counts[0]++;
                }
            }
        }
        if (versions.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("the version-specific hooks of no supported version all apply (");
        String separator = "";
        for (Map.Entry<String, int[]> version : versions.entrySet()) {
            int[] counts = version.getValue();
            if (counts[0] == counts[1]) {
                return null;
            }
            text.append(separator).append(version.getKey()).append(": ").append(counts[0]).append(" of ")
                    .append(counts[1]);
            separator = ", ";
        }
        return text.append(')').toString();
    }

    /** One line for a list of problems: the first, and how many more. */
    static String summary(List<String> problems) {
        String first = problems.get(0);
        return problems.size() == 1 ? first : new StringBuilder(first).append(" (and ").append(problems.size() - 1)
                .append(problems.size() == 2 ? " more problem)" : " more problems)").toString();
    }
}
