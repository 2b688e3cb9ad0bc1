package dev.reuseagent.bench.startup;

import java.util.Arrays;
import java.util.List;

/** The probes the benchmark runs, with the start-up goals for what reuse-agent may add to each. */
public enum Workload {
    NONE("none", "JVM that makes no network call (prints a line, exits)", List.of(), 0.05, 5, true),
    URLCONNECTION("urlconnection", "one HttpURLConnection request to a loopback server",
            List.of(StartupClient.URLCONNECTION), 0.25, 30, false),
    ALL("all", "one request through each of the six clients, in one process, each library in its own class loader",
            List.of(StartupClient.values()), 0.5, 40, false);

    /** Goal for the in-process latency a client's first request may gain, in milliseconds. */
    public static final double FIRST_REQUEST_GOAL_MS = 50;

    public final String id;
    public final String description;
    public final List<StartupClient> clients;
    public final double maxAddedWallSeconds;
    public final double maxAddedPeakRssMiB;
    /** The no-network JVM must not load a single Byte Buddy class. */
    public final boolean noByteBuddy;

    Workload(String id, String description, List<StartupClient> clients, double maxAddedWallSeconds,
            double maxAddedPeakRssMiB, boolean noByteBuddy) {
        this.id = id;
        this.description = description;
        this.clients = clients;
        this.maxAddedWallSeconds = maxAddedWallSeconds;
        this.maxAddedPeakRssMiB = maxAddedPeakRssMiB;
        this.noByteBuddy = noByteBuddy;
    }

    /** {@code -Dbench.probes=none,all}: those probes in the order given; unset: every probe. */
    public static List<Workload> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return List.of(values());
        }
        return Arrays.stream(setting.split(",")).map(String::trim).map(id -> Arrays.stream(values())
                .filter(w -> w.id.equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "bench.probes: unknown probe '" + id + "'; accepted: none, urlconnection, all")))
                .toList();
    }
}
