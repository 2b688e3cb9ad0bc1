package dev.reuseagent;

import dev.reuseagent.util.Relocations;
import dev.reuseagent.weave.Hook;
import dev.reuseagent.weave.HookGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Relocated (shaded) copies of known clients: Maven's wagon ships Apache HttpClient 4.5 as
 * {@code org.apache.maven.wagon.providers.http.httpclient}, products as {@code com.acme.shaded.org.apache.http}.
 *
 * <p>Name-only, like {@link LazySlices}: a class that no slice hooks by its own name is a candidate when its name
 * ends with a hooked class's name below the library's package ({@code impl/conn/CPoolEntry} below
 * {@code org/apache/http/}) after some other package. Most names are turned away by the length and the last
 * character of their simple name, before any string is made. A candidate only proposes a relocation: its hooks are
 * the slice's, moved to the copy's package ({@link Hook#relocated}), in one {@link HookGroup} per copy, so the
 * group's check reads every hooked class of the copy in that loader and weaves them in memory before anything is
 * woven. A copy whose classes do not have the library's shape stands down like a version the slice does not
 * understand; one that does reports under the client's name, and the listener notes the relocation.
 */
final class RelocatedCopies {

    /** By simple class name: the slices' hooked classes a copy is found by. Filled at start, read-only after. */
    private final Map<String, List<Candidate>> bySimpleName = new HashMap<>();
    /** Bit n set: some hooked class's simple name has n characters (n < 64). */
    private long simpleLengths;
    /** Bit (c & 63) set: some hooked class's simple name ends with character c. */
    private long lastChars;
    /** The copies found, by each relocated class name (internal) they hook. */
    private final Map<String, Copy> copies = new ConcurrentHashMap<>();

    /**
     * @param packages the library packages a copy may be relocated from ({@code org.apache.http.}); every hooked
     *                 class must be below one of them, or the slice is not relocatable
     */
    void add(LazySlices.Owner owner, List<String> packages, List<String> hookedClasses) {
        List<String> roots = new ArrayList<>();
        for (String p : packages) {
            roots.add(p.replace('.', '/'));
        }
        List<Candidate> found = new ArrayList<>();
        for (String hooked : hookedClasses) {
            String internal = hooked.replace('.', '/');
            String root = rootOf(roots, internal);
            if (root == null) {
                return;
            }
            found.add(new Candidate(owner, roots, root, internal.substring(root.length())));
        }
        for (Candidate candidate : found) {
            String simple = candidate.below.substring(candidate.below.lastIndexOf('/') + 1);
            List<Candidate> list = bySimpleName.get(simple);
            if (list == null) {
                list = new ArrayList<>();
                bySimpleName.put(simple, list);
            }
            list.add(candidate);
            simpleLengths |= 1L << Math.min(simple.length(), 63);
            lastChars |= 1L << (simple.charAt(simple.length() - 1) & 63);
        }
    }

    private static String rootOf(List<String> roots, String internalName) {
        for (String root : roots) {
            if (internalName.startsWith(root)) {
                return root;
            }
        }
        return null;
    }

    /** The copy a class of this internal name belongs to, or null: one map look-up once a copy is known. */
    Copy copyOf(String internalName) {
        Copy copy = copies.isEmpty() ? null : copies.get(internalName);
        if (copy != null) {
            return copy;
        }
        int slash = internalName.lastIndexOf('/');
        int length = internalName.length() - slash - 1;
        if (slash < 0 || length == 0 || (simpleLengths & 1L << Math.min(length, 63)) == 0
                || (lastChars & 1L << (internalName.charAt(internalName.length() - 1) & 63)) == 0) {
            return null;
        }
        List<Candidate> candidates = bySimpleName.get(internalName.substring(slash + 1));
        if (candidates == null) {
            return null;
        }
        for (Candidate candidate : candidates) {
            int prefixLength = internalName.length() - candidate.below.length();
            if (prefixLength > 0 && internalName.endsWith(candidate.below)
                    && internalName.charAt(prefixLength - 1) == '/') {
                String to = internalName.substring(0, prefixLength);
                if (!to.equals(candidate.root)) {
                    return copyFor(candidate, to);
                }
            }
        }
        return null;
    }

    /** Whether a loaded class (binary name) may belong to a relocated copy: for the scan after an attach. */
    boolean mayHook(String binaryName) {
        return !bySimpleName.isEmpty() && copyOf(binaryName.replace('.', '/')) != null;
    }

    private synchronized Copy copyFor(Candidate candidate, String to) {
        String key = candidate.owner.name() + ' ' + to;
        for (Copy copy : copies.values()) {
            if (copy.key.equals(key)) {
                return copy;
            }
        }
        Copy copy = new Copy(key, candidate, to);
        for (String hooked : candidate.owner.classNames) {
            copies.put(copy.relocate(hooked.replace('.', '/')), copy);
        }
        return copy;
    }

    /** A hooked class of a slice, as found below one of its library packages. */
    private static final class Candidate {
        final LazySlices.Owner owner;
        final List<String> roots;
        final String root;
        /** The class's name below {@link #root}: {@code impl/conn/CPoolEntry}. */
        final String below;

        Candidate(LazySlices.Owner owner, List<String> roots, String root, String below) {
            this.owner = owner;
            this.roots = roots;
            this.root = root;
            this.below = below;
        }
    }

    /** One relocated copy of one slice's library: its hooks and their group, made on first use. */
    static final class Copy implements Runnable {
        final String key;
        private final LazySlices.Owner owner;
        /** Each library package (internal, trailing slash) and where this copy has it. */
        final Map<String, String> moves = new LinkedHashMap<>();
        private volatile HookGroup group;
        private volatile Map<String, List<Hook>> byClass;

        Copy(String key, Candidate found, String to) {
            this.key = key;
            this.owner = found.owner;
            moves.put(found.root, to);
            // Relocated by a prefix (com/acme/shaded/ + org/apache/http/): the library's other packages have the
            // same prefix. Renamed (org/apache/http/ to .../httpclient/): they are looked for below the copy; a
            // hooked class not found there makes the copy stand down.
            String prefix = to.endsWith(found.root) ? to.substring(0, to.length() - found.root.length()) : to;
            for (String root : found.roots) {
                if (!moves.containsKey(root)) {
                    moves.put(root, prefix.concat(root));
                }
            }
        }

        String relocate(String internalName) {
            for (Map.Entry<String, String> move : moves.entrySet()) {
                if (internalName.startsWith(move.getKey())) {
                    return move.getValue().concat(internalName.substring(move.getKey().length()));
                }
            }
            return internalName;
        }

        /** Each library package and where this copy has it, binary: {@code org.apache.http.} to ... */
        Map<String, String> relocation() {
            Map<String, String> binary = new LinkedHashMap<>();
            for (Map.Entry<String, String> move : moves.entrySet()) {
                binary.put(move.getKey().replace('/', '.'), move.getValue().replace('/', '.'));
            }
            return binary;
        }

        List<Hook> hooksFor(String internalName) {
            Map<String, List<Hook>> hooks = byClass;
            return (hooks != null ? hooks : start()).get(internalName);
        }

        HookGroup group() {
            return group;
        }

        /**
         * The copy passed its group's check in a loader: what the slice compares by class name now knows the copy's
         * names. Only then: a name that merely ends like a hooked class must not make the application's package
         * look like library code to the site finder.
         */
        @Override
        public void run() {
            for (Map.Entry<String, String> move : relocation().entrySet()) {
                Relocations.add(move.getKey(), move.getValue());
            }
        }

        private synchronized Map<String, List<Hook>> start() {
            if (byClass == null) {
                Map<String, List<Hook>> hooks = new HashMap<>();
                List<Hook> relocated = new ArrayList<>();
                for (Hook hook : owner.startedHooks()) {
                    String from = rootOf(new ArrayList<>(moves.keySet()), hook.internalName());
                    Hook moved = from == null ? null : hook.relocated(from, moves.get(from));
                    if (moved != null) {
                        relocated.add(moved);
                        List<Hook> ofClass = hooks.get(moved.internalName());
                        if (ofClass == null) {
                            ofClass = new ArrayList<>();
                            hooks.put(moved.internalName(), ofClass);
                        }
                        ofClass.add(moved);
                    }
                }
                group = relocated.isEmpty() ? null : new HookGroup(owner.name(), relocated, relocation(), this);
                byClass = hooks;
            }
            return byClass;
        }
    }
}
