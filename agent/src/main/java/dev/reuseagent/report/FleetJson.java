package dev.reuseagent.report;

import java.util.Map;

/**
 * The fleet report ({@code reuse-agent/fleet/v1}) and diff ({@code reuse-agent/fleet-diff/v1}) as JSON. Field
 * names are those of the summary JSON where they mean the same thing; fields are added, never renamed.
 */
final class FleetJson {

    static final String REPORT_SCHEMA = "reuse-agent/fleet/v1";
    static final String DIFF_SCHEMA = "reuse-agent/fleet-diff/v1";

    private FleetJson() {
    }

    static String report(Fleet fleet) {
        Json json = new Json().beginObject().field("schema", REPORT_SCHEMA).field("jvms", fleet.jvms);
        json.name("origins").beginArray();
        for (FleetOrigin o : fleet.origins) {
            origin(json.beginObject(), o).endObject();
        }
        return json.endArray().endObject().toString();
    }

    static String diff(Fleet before, Fleet after) {
        Json json = new Json().beginObject().field("schema", DIFF_SCHEMA)
                .field("jvmsBefore", before.jvms).field("jvmsAfter", after.jvms);
        json.name("origins").beginArray();
        for (String name : FleetText.origins(before, after)) {
            json.beginObject().field("origin", name);
            side(json, "before", before.origin(name));
            side(json, "after", after.origin(name));
            json.endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static void side(Json json, String name, FleetOrigin o) {
        json.name(name);
        if (o == null) {
            json.value((String) null);
        } else {
            origin(json.beginObject(), o).endObject();
        }
    }

    private static Json origin(Json json, FleetOrigin o) {
        json.field("origin", o.totals.origin)
                .field("jvms", o.jvms)
                .field("requests", o.totals.requests)
                .field("newConnections", o.totals.newConnections)
                .field("reusedConnections", o.totals.reusedConnections)
                .field("reusePercent", o.totals.reusePercent())
                .field("avoidableConnections", o.avoidable())
                .field("failedExchanges", o.totals.failedExchanges)
                .counts("clients", o.totals.clients)
                .counts("reasons", o.totals.reasons)
                .counts("closes", o.totals.closes);
        json.name("sites").beginArray();
        for (Map.Entry<String, Long> e : FleetText.top(o.totals.sites, Integer.MAX_VALUE)) {
            json.beginObject().field("site", e.getKey()).field("newConnections", e.getValue()).endObject();
        }
        return json.endArray();
    }
}
