package dev.reuseagent.track;

import java.util.List;

/** The transport truth's memory: one {@link EndpointStats} per {@code host:port}, bounded like the origins. */
public final class EndpointRegistry {

    private final BoundedRegistry<EndpointStats> endpoints;

    public EndpointRegistry(int maxEndpoints) {
        this.endpoints = new BoundedRegistry<>(maxEndpoints, new EndpointStats(BoundedRegistry.OTHER));
    }

    /** The stats of {@code endpoint} ({@code host:port}), or the shared 'other' entry once the bound is reached. */
    public EndpointStats get(String endpoint) {
        EndpointStats stats = endpoints.find(endpoint);
        return stats != null ? stats : endpoints.add(endpoint, new EndpointStats(endpoint));
    }

    /** The stats of {@code endpoint} if it has been counted already; null otherwise (nothing is added). */
    public EndpointStats find(String endpoint) {
        return endpoints.find(endpoint);
    }

    /** Every endpoint, plus the shared 'other' entry. */
    public List<EndpointStats> all() {
        List<EndpointStats> all = endpoints.values();
        all.add(endpoints.other());
        return all;
    }
}
