package dev.reuseagent.samples.netty;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/** Netty's NIO transport (java.nio SocketChannel underneath) or its native epoll transport (its own JNI sockets). */
enum NettyTransport {
    NIO, EPOLL;

    /** One event loop: a client this small needs no more, and one thread keeps the runs comparable. */
    EventLoopGroup newGroup() {
        if (this == NIO) {
            return new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        }
        if (!Epoll.isAvailable()) {
            throw new IllegalStateException("Netty's native epoll transport is not available here: "
                    + Epoll.unavailabilityCause());
        }
        return new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    }

    Class<? extends SocketChannel> channelType() {
        return this == NIO ? NioSocketChannel.class : EpollSocketChannel.class;
    }
}
