package dev.reuseagent.report;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Reason;
import dev.reuseagent.track.OriginStats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of an origin's new connections were wasted, per reason: the rule behind every hint, so that a hint
 * appears only where a fix would save handshakes.
 * <ul>
 *   <li>{@code first-use} is never wasted: some connection has to be the first.</li>
 *   <li>{@code pool-busy} is the pool growing to the job's concurrency. That is healthy warm-up when the pool then
 *       keeps and reuses those connections (Maven's five download threads: 4 {@code pool-busy} connections, 490
 *       requests, every connection reused to the end). It is waste only as churn: connections the pool then
 *       threw away because its idle limit was lower than the concurrency, counted by the {@code pool-full}
 *       closes.</li>
 *   <li>Every other reason names a connection that a shared, well-kept pool would not have opened.</li>
 * </ul>
 * A reason is worth a hint only when its wasted connections are material: at least {@value #MIN_WASTED} of them
 * and at least one per {@value #REQUESTS_PER_WASTED} requests to the origin.
 */
public final class WastedConnections {

    static final long MIN_WASTED = 2;
    static final long REQUESTS_PER_WASTED = 100;

    private WastedConnections() {
    }

    /** Wasted new connections per reason label, in the snapshot's order; reasons with none are left out. */
    public static Map<String, Long> byReason(OriginStats.Snapshot o) {
        Map<String, Long> wasted = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : o.reasons.entrySet()) {
            long count = wastedOf(e.getKey(), e.getValue(), o);
            if (count > 0) {
                wasted.put(e.getKey(), count);
            }
        }
        return wasted;
    }

    private static long wastedOf(String reason, long connections, OriginStats.Snapshot o) {
        if (reason.equals(Reason.FIRST_USE.label())) {
            return 0;
        }
        if (reason.equals(Reason.POOL_BUSY.label())) {
            return Math.min(connections, o.closes.getOrDefault(CloseCause.POOL_FULL.label(), 0L));
        }
        return connections;
    }

    /** Every wasted new connection of the origin, whatever its reason. */
    public static long total(OriginStats.Snapshot o) {
        long total = 0;
        for (long count : byReason(o).values()) {
            total += count;
        }
        return total;
    }

    /** Whether {@code wasted} connections among {@code requests} requests are worth a hint. */
    public static boolean material(long wasted, long requests) {
        return wasted >= MIN_WASTED && wasted * REQUESTS_PER_WASTED >= requests;
    }
}
