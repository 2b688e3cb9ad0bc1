package dev.reuseagent.client.awsnetty;

import dev.reuseagent.track.ConnectionRecord;

/** A tracked netty-nio-client channel. */
final class AwsChannel {

    final AwsNettyApi api;
    /** Its innermost pool ({@code BetterSimpleChannelPool}): closed with its client. Null if unknown. */
    final Object simplePool;
    /** The new connection whose first exchange is not done yet; null after. */
    private ConnectionRecord first;

    AwsChannel(AwsNettyApi api, Object simplePool, ConnectionRecord first) {
        this.api = api;
        this.simplePool = simplePool;
        this.first = first;
    }

    /** The new connection's record the first time, then null. */
    synchronized ConnectionRecord takeFirst() {
        ConnectionRecord record = first;
        first = null;
        return record;
    }
}
