package dev.reuseagent.report;

import dev.reuseagent.model.Reason;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.LeaseWaits;
import dev.reuseagent.track.OriginStats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** The summary as JSON, schema {@code reuse-agent/summary/v1} (docs/contracts.md §4.3): fields are added, never renamed. */
public final class SummaryJson {

    public static final String SCHEMA = "reuse-agent/summary/v1";

    private SummaryJson() {
    }

    public static String render(Summary s) {
        Json json = new Json().beginObject()
                .field("schema", SCHEMA)
                .field("agentVersion", s.agentVersion);
        json.name("jvm").beginObject()
                .field("pid", s.pid).field("javaVersion", s.javaVersion).field("uptimeMs", s.uptimeMs)
                .endObject();
        json.name("origins").beginArray();
        for (OriginStats.Snapshot o : s.origins) {
            origin(json, o);
        }
        json.endArray();
        json.name("endpoints").beginArray();
        for (EndpointStats.Snapshot e : s.endpoints) {
            json.beginObject()
                    .field("endpoint", e.endpoint)
                    .field("tcpConnects", e.tcpConnects)
                    .field("attributed", e.attributed)
                    .field("unattributed", e.unattributed())
                    .field("discarded", e.discarded)
                    .field("failedConnects", e.failedConnects)
                    .field("connectMsTotal", Durations.roundedMillis(e.connectNanos))
                    // Who made the connects; "unknown" counts those no recognised client claimed.
                    .counts("clients", e.clients);
            json.name("tls").beginObject().field("full", e.tlsFull).field("resumed", e.tlsResumed).endObject();
            sites(json, "sites", e.sites);
            sites(json, "unattributedSites", e.unattributedSites);
            json.endObject();
        }
        json.endArray();
        json.name("agent").beginObject()
                .field("adviceErrors", s.adviceErrors)
                .field("droppedEvents", s.droppedEvents);
        if (s.firstAdviceError != null) {
            json.field("firstAdviceError", s.firstAdviceError);
        }
        enforced(json, s.enforced);
        failOn(json, s);
        relocatedClients(json, s);
        json.name("notes").beginArray();
        for (String note : s.notes) {
            json.value(note);
        }
        json.endArray().endObject();
        return json.endObject().toString();
    }

    /** {@code "relocatedClients": [{"client", "packages": {library package: relocated to}, "classLoader"}]}. */
    private static void relocatedClients(Json json, Summary s) {
        if (s.relocatedClients.isEmpty()) {
            return;
        }
        json.name("relocatedClients").beginArray();
        for (RelocatedClient r : s.relocatedClients) {
            json.beginObject().field("client", r.client).name("packages").beginObject();
            for (Map.Entry<String, String> move : r.packages.entrySet()) {
                json.field(move.getKey(), move.getValue());
            }
            json.endObject().field("classLoader", r.classLoader).endObject();
        }
        json.endArray();
    }

    /** {@code "failOn": {"reasons": [...], "violations": [{"origin", "reason", "site", "newConnections"}]}}. */
    private static void failOn(Json json, Summary s) {
        if (s.failOn == null || s.failOn.isNone()) {
            return;
        }
        json.name("failOn").beginObject().name("reasons").beginArray();
        for (Reason r : s.failOn.reasons()) {
            json.value(r.label());
        }
        json.endArray().name("violations").beginArray();
        for (FailOnCheck.Violation v : FailOnCheck.violations(s)) {
            json.beginObject().field("origin", v.origin).field("reason", v.reason).field("site", v.site)
                    .field("newConnections", v.newConnections).endObject();
        }
        json.endArray().endObject();
    }

    /** {@code "enforced": {"okhttp": {"shared-pool": {"applied": 20, "avoided": 19, "sites": {...}}}}}. */
    private static void enforced(Json json, List<EnforcedCount> enforced) {
        json.name("enforced").beginObject();
        String client = null;
        for (EnforcedCount e : enforced) {
            if (!e.client().equals(client)) {
                if (client != null) {
                    json.endObject();
                }
                client = e.client();
                json.name(client).beginObject();
            }
            json.name(e.repair()).beginObject()
                    .field("applied", e.applied())
                    .field("avoided", e.avoided())
                    .counts("sites", e.sites())
                    .endObject();
        }
        if (client != null) {
            json.endObject();
        }
        json.endObject();
    }

    private static void origin(Json json, OriginStats.Snapshot o) {
        json.beginObject()
                .field("origin", o.origin)
                .field("requests", o.requests)
                .field("newConnections", o.newConnections)
                .field("reusedConnections", o.reusedConnections)
                .field("reusePercent", o.reusePercent())
                .field("failedExchanges", o.failedExchanges)
                .field("failedConnections", o.failedConnections)
                .counts("clients", o.clients)
                .counts("reasons", o.reasons)
                .counts("closes", o.closes);
        json.name("tls").beginObject()
                .field("full", o.tlsFull).field("resumed", o.tlsResumed)
                .field("handshakeMsTotal", Durations.roundedMillis(o.tlsNanos))
                .endObject();
        json.field("connectMsTotal", Durations.roundedMillis(o.connectNanos));
        json.name("sites").beginArray();
        for (Map.Entry<String, Long> e : o.sites.entrySet()) {
            json.beginObject().field("site", e.getKey()).field("newConnections", e.getValue()).endObject();
        }
        json.endArray();
        leaseWaits(json, o.leaseWaits);
        json.endObject();
    }

    /** Present only when some request of the origin waited for a connection from a bounded pool. */
    private static void leaseWaits(Json json, LeaseWaits.Snapshot w) {
        if (w.waits == 0) {
            return;
        }
        json.name("leaseWaits").beginObject()
                .field("waits", w.waits)
                .field("timeouts", w.timeouts)
                .field("waitMsTotal", Durations.roundedMillis(w.totalNanos))
                .field("waitMsMax", Durations.roundedMillis(w.maxNanos));
        json.name("sites").beginArray();
        for (Map.Entry<String, Long> e : w.sites.entrySet()) {
            json.beginObject().field("site", e.getKey()).field("waits", e.getValue()).endObject();
        }
        json.endArray().endObject();
    }

    private static void sites(Json json, String name, Map<String, Long> sites) {
        json.name(name).beginArray();
        for (Map.Entry<String, Long> e : sites.entrySet()) {
            json.beginObject().field("site", e.getKey()).field("tcpConnects", e.getValue()).endObject();
        }
        json.endArray();
    }

    /** Writes atomically (temp file, then move) so a reader never sees half a summary. */
    public static void write(Summary s, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, render(s).getBytes(StandardCharsets.UTF_8));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
