package dev.reuseagent.report;

import dev.reuseagent.track.OriginStats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The summaries of many JVMs (one {@code summaryFile} each) merged per origin. */
final class Fleet {

    final int jvms;
    /** Most avoidable new connections first, then most new connections, then by name. */
    final List<FleetOrigin> origins;

    private Fleet(int jvms, List<FleetOrigin> origins) {
        this.jvms = jvms;
        this.origins = origins;
    }

    static Fleet read(List<Path> files) throws IOException {
        Map<String, FleetOrigin> byOrigin = new LinkedHashMap<>();
        for (Path file : files) {
            for (OriginStats.Snapshot o : SummaryFileReader.origins(file)) {
                FleetOrigin merged = byOrigin.get(o.origin);
                if (merged == null) {
                    merged = new FleetOrigin(o.origin);
                    byOrigin.put(o.origin, merged);
                }
                merged.add(o);
            }
        }
        List<FleetOrigin> ranked = new ArrayList<>(byOrigin.values());
        ranked.sort(new Ranking());
        return new Fleet(files.size(), ranked);
    }

    /** The origin named {@code origin}, or null. */
    FleetOrigin origin(String origin) {
        for (FleetOrigin o : origins) {
            if (o.totals.origin.equals(origin)) {
                return o;
            }
        }
        return null;
    }

    /** A class, not a lambda: the agent's code has no invokedynamic (see util.Counts). */
    private static final class Ranking implements Comparator<FleetOrigin> {
        @Override
        public int compare(FleetOrigin a, FleetOrigin b) {
            int byAvoidable = Long.compare(b.avoidable(), a.avoidable());
            if (byAvoidable != 0) {
                return byAvoidable;
            }
            int byNew = Long.compare(b.totals.newConnections, a.totals.newConnections);
            return byNew != 0 ? byNew : a.totals.origin.compareTo(b.totals.origin);
        }
    }
}
