package dev.reuseagent.client.awsnetty;

import dev.reuseagent.model.Origin;

/** One request of netty-nio-client between its start and the pool's hand-out of a channel. */
final class AwsRequest {

    final AwsNettyApi api;
    final Origin origin;
    /** The client's pool for the origin ({@code RequestContext#channelPool()}). */
    final Object pool;
    /** The application's line that called the service method; null when the request started elsewhere. */
    final String site;

    AwsRequest(AwsNettyApi api, Origin origin, Object pool, String site) {
        this.api = api;
        this.origin = origin;
        this.pool = pool;
        this.site = site;
    }
}
