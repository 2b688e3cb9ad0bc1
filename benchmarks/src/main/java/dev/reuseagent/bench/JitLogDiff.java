package dev.reuseagent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares two JIT logs of {@code -Dbench.jitLog=on} (without and with the agent) where the agent can change what
 * the JIT does: the methods it instrumented (the same method with a different bytecode size: the advice is woven
 * into the method's own bytecode), the tiers they reached, how their call sites were inlined, and whether the
 * agent's own methods were inlined into the client's.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.reuseagent.bench.JitLogDiff WITHOUT.log WITH.log</pre>
 *
 * Call-site decisions are counted over the whole log, not per caller: with several compiler threads the inlining
 * tree of a C2 compilation is printed when it ends, not under its own compilation line, so a decision cannot be
 * tied to its caller reliably. Decisions of C1 (tier 3: "inline", "callee is too large") and of C2 (tier 4:
 * "inline (hot)", "too big", "hot method too big", "already compiled into a big method", ...) differ in wording,
 * so they separate without that.
 */
public final class JitLogDiff {

    /** "  8534 3439   !   3       a.b.C::m (188 bytes)": timestamp, id, attributes, tier, method, size. */
    private static final Pattern COMPILE = Pattern.compile(
            "^\\s*\\d+\\s+\\d+\\s+[%sbn! ]*\\s(\\d)\\s+(\\S+::\\S+)(?: @ \\d+)? \\((\\d+) bytes\\)(.*)$");
    /** "       !m   @ 207   a.b.C::m (188 bytes)   callee is too large": callee, size, decision. */
    private static final Pattern CALL_SITE = Pattern.compile(
            "^\\s+[%sbnm! ]*@ \\d+\\s+(\\S+::\\S+) \\((\\d+) bytes\\)\\s*(.*)$");
    private static final String AGENT = "dev.reuseagent.";
    private static final String BENCH = "dev.reuseagent.bench.";

    private JitLogDiff() {
    }

    /** What one log says, per method. */
    static final class Log {
        /** Every bytecode size seen for a name: the logs print no signature, so overloads share a name. */
        final Map<String, Set<Integer>> sizes = new TreeMap<>();
        /** Tiers compiled (not counting the made-not-entrant lines). */
        final Map<String, Set<Integer>> tiers = new TreeMap<>();
        /** Callee -> decision -> count. */
        final Map<String, Map<String, Integer>> decisions = new TreeMap<>();

        static Log read(Path file) throws IOException {
            Log log = new Log();
            try (Stream<String> lines = Files.lines(file)) {
                lines.forEach(log::add);
            }
            return log;
        }

        private void add(String line) {
            Matcher site = CALL_SITE.matcher(line);
            if (site.matches()) {
                String decision = site.group(3).trim();
                if (decision.contains("::")) {
                    // another thread's line written into this one (the VM does not lock every tty write)
                    decision = "(line garbled by another thread's output)";
                }
                decisions.computeIfAbsent(site.group(1), k -> new TreeMap<>())
                        .merge(decision.isEmpty() ? "(no reason printed)" : decision, 1, Integer::sum);
                sizes.computeIfAbsent(site.group(1), k -> new TreeSet<>()).add(Integer.parseInt(site.group(2)));
                return;
            }
            Matcher compile = COMPILE.matcher(line);
            if (compile.matches()) {
                sizes.computeIfAbsent(compile.group(2), k -> new TreeSet<>()).add(Integer.parseInt(compile.group(3)));
                if (!compile.group(4).contains("made not entrant")) {
                    tiers.computeIfAbsent(compile.group(2), k -> new TreeSet<>())
                            .add(Integer.parseInt(compile.group(1)));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: JitLogDiff WITHOUT.log WITH.log (from -Dbench.jitLog=on, in benchmarks/target/jit)");
            System.exit(2);
            return;
        }
        System.out.print(compare(Log.read(Path.of(args[0])), Log.read(Path.of(args[1])), args[0], args[1]));
    }

    static String compare(Log without, Log with, String withoutName, String withName) {
        StringBuilder out = new StringBuilder();
        out.append("without: ").append(withoutName).append("\nwith:    ").append(withName).append("\n\n");
        // Woven: the advice replaces a method's bytecode, so its size without the agent is gone from the log with
        // it and a new one appears. A new size alone is mostly an overload that only the agent's own code calls.
        List<String> instrumented = without.sizes.keySet().stream()
                .filter(m -> with.sizes.containsKey(m) && !without.sizes.get(m).containsAll(with.sizes.get(m))
                        && !with.sizes.get(m).containsAll(without.sizes.get(m)))
                .collect(Collectors.toList());
        out.append("methods woven by the agent (a size without it replaced by another; sizes of all overloads of "
                + "the name, without -> with), tiers compiled:\n");
        if (instrumented.isEmpty()) {
            out.append("  none seen in both logs (not compiled or called in one of them?)\n");
        }
        for (String m : instrumented) {
            out.append(String.format(Locale.ROOT, "  %s  %s -> %s bytes  tiers %s -> %s%n", m, without.sizes.get(m),
                    with.sizes.get(m), without.tiers.getOrDefault(m, Set.of()), with.tiers.getOrDefault(m, Set.of())));
        }
        out.append("\ntheir call sites, decisions counted over the whole log:\n");
        for (String m : instrumented) {
            out.append("  ").append(m).append('\n');
            out.append("    without: ").append(decisions(without, m)).append('\n');
            out.append("    with:    ").append(decisions(with, m)).append('\n');
        }
        Map<String, Integer> agentDecisions = new TreeMap<>();
        with.decisions.forEach((callee, counts) -> {
            if (callee.startsWith(AGENT) && !callee.startsWith(BENCH) && !callee.contains(".shaded.")) {
                counts.forEach((decision, n) -> agentDecisions.merge(decision, n, Integer::sum));
            }
        });
        out.append("\ncall sites of the agent's own methods (with the agent), by decision: ")
                .append(agentDecisions.isEmpty() ? "none" : format(agentDecisions)).append('\n');
        with.decisions.entrySet().stream()
                .filter(e -> e.getKey().startsWith(AGENT) && !e.getKey().startsWith(BENCH)
                        && !e.getKey().contains(".shaded."))
                .filter(e -> e.getValue().keySet().stream().anyMatch(JitLogDiff::notInlined))
                .forEach(e -> out.append("  not always inlined: ").append(e.getKey()).append(" (")
                        .append(with.sizes.get(e.getKey())).append(" bytes): ").append(format(e.getValue()))
                        .append('\n'));
        return out.toString();
    }

    /** Decisions that leave a call in the compiled code (C1 or C2). */
    private static boolean notInlined(String decision) {
        return !decision.startsWith("inline") && !decision.equals("accessor") && !decision.contains("intrinsic")
                && !decision.startsWith("force inline");
    }

    private static String decisions(Log log, String method) {
        Map<String, Integer> counts = log.decisions.get(method);
        return counts == null ? "no call site printed" : format(counts);
    }

    private static String format(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
    }
}
