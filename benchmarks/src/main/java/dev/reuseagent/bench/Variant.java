package dev.reuseagent.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shapes of the hot-path run ({@code -Dbench.variants=default,onecpu,threads8}). Each variant runs the same
 * without/with rounds per client; what changes is where the fork may run and how many client threads share the
 * client. The ratios are only ever taken within one variant.
 */
enum Variant {
    /** One client thread, one connection, the fork unpinned: the docs/contracts.md §9 target measurement. */
    DEFAULT("default", 1, 0, Map.of(),
            "1 client thread, the client's default pool, fork unpinned"),
    /**
     * The whole fork on one CPU. On one CPU the agent's extra work cannot hide in another core's idle time, so CPU
     * per request is its cost; pinned runs read 7-16 % more CPU per request with the agent where unpinned ones read
     * 0-3 %, and this variant is there to find out why. Warm-up is longer because client, server, JIT and GC share
     * the CPU (pinned forks were still speeding up after 24 s, benchmarks/README.md).
     */
    ONECPU("onecpu", 1, 0, Map.of("warmup", "15", "rounds", "3", "cpus", "1"),
            "1 client thread, the client's default pool, whole fork pinned to one CPU"),
    /**
     * Eight client threads sharing one client whose pool holds eight connections, so that the agent's shared maps and
     * per-pool locks are entered concurrently. The server gets eight handler threads, or its single dispatcher
     * thread would serialize the requests and hide any contention on the client side.
     */
    THREADS8("threads8", 8, 8, Map.of("rounds", "3", "serverThreads", "8"),
            "8 client threads sharing one client with a pool of 8 connections, fork unpinned");

    /** The name on the command line ({@code -Dbench.variants}, {@code -Dbench.<id>.<setting>}) and in the JSON. */
    final String id;
    /** JMH threads: client threads issuing requests concurrently on the one shared client. */
    final int threads;
    /** Connections the client's pool is configured for; 0: the client as built by default, as today. */
    final int poolSize;
    /** This variant's defaults where they differ from the default variant's (setting name -> value). */
    private final Map<String, String> defaults;
    final String description;

    Variant(String id, int threads, int poolSize, Map<String, String> defaults, String description) {
        this.id = id;
        this.threads = threads;
        this.poolSize = poolSize;
        this.defaults = defaults;
        this.description = description;
    }

    /**
     * A setting for this variant: {@code -Dbench.<variant>.<name>}, else {@code -Dbench.<name>}, else this variant's
     * default, else {@code fallback} (the default variant's). So {@code -Dbench.warmup=1} shortens every variant
     * for a smoke run, and {@code -Dbench.onecpu.warmup=20} only the one.
     */
    String setting(String name, String fallback) {
        String specific = System.getProperty("bench." + id + "." + name);
        if (specific != null) {
            return specific;
        }
        return System.getProperty("bench." + name, defaults.getOrDefault(name, fallback));
    }

    /** {@code -Dbench.variants=a,b} (default: default), in the order given; "all" for every variant. */
    static List<Variant> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return List.of(DEFAULT);
        }
        if (setting.trim().equals("all")) {
            return Arrays.asList(values());
        }
        List<Variant> chosen = new ArrayList<>();
        for (String name : setting.split(",")) {
            String id = name.trim().toLowerCase(Locale.ROOT);
            chosen.add(Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("bench.variants: unknown variant '" + id
                            + "'; accepted: all, " + Arrays.stream(values()).map(v -> v.id)
                            .collect(Collectors.joining(", ")))));
        }
        return chosen;
    }
}
