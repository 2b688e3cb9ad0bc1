package dev.reuseagent.client.awsnetty;

import dev.reuseagent.client.NettyListener;
import dev.reuseagent.model.Origin;

/**
 * What the tracking reads from netty-nio-client's and Netty's objects, all passed as {@code Object}: reflectively
 * in the agent ({@link ReflectiveAwsNettyApi}, one per class loader), from plain objects in the unit tests.
 */
abstract class AwsNettyApi {

    /** The pool of a request's {@code RequestContext}: one per client and origin. */
    abstract Object pool(Object context);

    /** The origin of a request's {@code RequestContext}, as the application's endpoint gave it. */
    abstract Origin origin(Object context);

    /** Whether the pool's acquire (a Netty {@code Future}) succeeded. */
    abstract boolean isSuccess(Object future);

    /** The channel the pool's acquire gave. */
    abstract Object getNow(Object future);

    abstract boolean isActive(Object channel);

    /** The connection of an HTTP/2 stream's child channel; null for a connection's own channel. */
    abstract Object parent(Object channel);

    /** False when the channel's last response was not keep-alive; null when the SDK did not say. */
    abstract Boolean keepAlive(Object channel);

    /** Whether a request holds the channel; null when the SDK did not say. */
    abstract Boolean inUse(Object channel);

    /** Whether the channel's current response arrived whole; null when the SDK did not say. */
    abstract Boolean responseComplete(Object channel);

    /** The channel of a {@code ChannelHandlerContext}. */
    abstract Object channelOf(Object handlerContext);

    /** Adds {@code listener} to the channel's close. */
    abstract void onClose(Object channel, NettyListener listener);
}
