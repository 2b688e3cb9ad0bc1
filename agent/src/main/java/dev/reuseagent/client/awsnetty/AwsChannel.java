package dev.reuseagent.client.awsnetty;

import dev.reuseagent.track.ConnectionRecord;

/** A tracked netty-nio-client channel. */
final class AwsChannel {

    final AwsNettyApi api;
    /** Its pool ({@code RequestContext#channelPool()}): closed with its client. */
    final Object pool;
    /** The new connection whose first exchange is not done yet; null after. */
    private ConnectionRecord first;

    AwsChannel(AwsNettyApi api, Object pool, ConnectionRecord first) {
        this.api = api;
        this.pool = pool;
        this.first = first;
    }

    /** The new connection's record the first time, then null. */
    synchronized ConnectionRecord takeFirst() {
        ConnectionRecord record = first;
        first = null;
        return record;
    }
}
