/**
 * Slice {@code netty}: Netty 4.2 at the transport layer. Hooks {@code io.netty.channel.AbstractChannel}'s
 * constructors (the application line that built a TCP channel) and
 * {@code DefaultChannelPipeline$HeadContext#connect} (every transport's connect: NIO, epoll, kqueue, io_uring), and
 * listens to the connect's promise for the outcome. Each TCP channel connect is counted once per endpoint under
 * client {@code netty}, with its connect time and site; no HTTP exchanges, origins or reasons (Reactor Netty's
 * HTTP client on top is a slice of its own, later). Verified against Netty 4.2.17, run with it (NIO and native epoll)
 * and with Reactor Netty 1.3.7; Netty 4.1 not checked.
 */
package dev.reuseagent.client.netty;
