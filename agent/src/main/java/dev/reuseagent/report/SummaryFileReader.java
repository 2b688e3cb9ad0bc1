package dev.reuseagent.report;

import dev.reuseagent.track.OriginStats;
import dev.reuseagent.util.Counts;
import dev.reuseagent.util.JsonReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code summaryFile} (schema {@code reuse-agent/summary/v1}) back into origin snapshots, for the fleet
 * report. Fields it does not know are ignored (the schema only adds fields); a file of another schema is refused.
 */
final class SummaryFileReader {

    private SummaryFileReader() {
    }

    /** The origins of one JVM's summary. */
    static List<OriginStats.Snapshot> origins(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        }
        Map<String, Object> root;
        try {
            root = JsonReader.object(JsonReader.parse(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a reuse-agent summary: " + e.getMessage());
        }
        if (!SummaryJson.SCHEMA.equals(root.get("schema"))) {
            throw new IOException(file + " is not a reuse-agent summary: schema " + root.get("schema") + ", expected "
                    + SummaryJson.SCHEMA);
        }
        List<OriginStats.Snapshot> origins = new ArrayList<>();
        for (Object item : JsonReader.array(root.getOrDefault("origins", List.of()))) {
            origins.add(origin(JsonReader.object(item)));
        }
        return origins;
    }

    private static OriginStats.Snapshot origin(Map<String, Object> json) {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = String.valueOf(json.get("origin"));
        o.requests = number(json, "requests");
        o.newConnections = number(json, "newConnections");
        o.reusedConnections = number(json, "reusedConnections");
        o.failedExchanges = number(json, "failedExchanges");
        counts(json, "clients", o.clients);
        counts(json, "reasons", o.reasons);
        counts(json, "closes", o.closes);
        Object tls = json.get("tls");
        if (tls instanceof Map) {
            Map<String, Object> t = JsonReader.object(tls);
            o.tlsFull = number(t, "full");
            o.tlsResumed = number(t, "resumed");
        }
        for (Object item : JsonReader.array(json.getOrDefault("sites", List.of()))) {
            Map<String, Object> site = JsonReader.object(item);
            Counts.add(o.sites, String.valueOf(site.get("site")), number(site, "newConnections"));
        }
        return o;
    }

    private static void counts(Map<String, Object> json, String name, Map<String, Long> into) {
        Object value = json.get(name);
        if (value instanceof Map) {
            for (Map.Entry<String, Object> e : JsonReader.object(value).entrySet()) {
                Counts.add(into, e.getKey(), asLong(e.getValue()));
            }
        }
    }

    private static long number(Map<String, Object> json, String name) {
        return asLong(json.get(name));
    }

    private static long asLong(Object value) {
        return value instanceof Double ? Math.round((Double) value) : 0;
    }
}
