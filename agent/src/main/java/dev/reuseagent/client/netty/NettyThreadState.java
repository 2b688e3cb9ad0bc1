package dev.reuseagent.client.netty;

import dev.reuseagent.transport.TransportThreadState;

/**
 * What the Netty hooks keep per thread: the same thread's transport state, whose
 * {@link TransportThreadState#connectsReportedByClient} marks the span of a pipeline connect (on the channel's
 * event loop), inside which the NIO transport's SocketChannel connect is this slice's to count.
 */
final class NettyThreadState {

    private static final ThreadLocal<NettyThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected NettyThreadState initialValue() {
            return new NettyThreadState(TransportThreadState.current());
        }
    };

    static NettyThreadState current() {
        return CURRENT.get();
    }

    final TransportThreadState thread;
    /**
     * The application line a library built on Netty (Vert.x) remembered on the application's thread for the connect
     * this thread runs now, or null: the site of the channels built meanwhile.
     */
    String carriedSite;

    private NettyThreadState(TransportThreadState thread) {
        this.thread = thread;
    }
}
