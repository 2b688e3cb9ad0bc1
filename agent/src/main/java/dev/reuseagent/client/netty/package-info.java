/**
 * Slice {@code netty}: Netty 4.2 at the transport layer. Hooks {@code io.netty.channel.AbstractChannel}'s
 * constructors (the application line that built a TCP channel) and
 * {@code DefaultChannelPipeline$HeadContext#connect} (every transport's connect: NIO, epoll, kqueue, io_uring), and
 * listens to the connect's promise for the outcome. For Vert.x 5, which builds its channels on the event loop, it also
 * hooks {@code io.vertx.core.net.impl.NetClientImpl#connectInternal} and {@code #connectInternal2} (optional hooks):
 * the application line found there, on the thread that sent the request, is carried by the connect's promise to the
 * event loop and named as the site of the channel built there (the {@code vertx} slice then claims the connects of
 * Vert.x's HTTP/1.x connections). Each TCP channel connect is counted once per endpoint under
 * client {@code netty}, with its connect time and site; no HTTP exchanges, origins or reasons (Reactor Netty's
 * HTTP client on top is a slice of its own, later). Verified against Netty 4.2.17, run with it (NIO and native epoll)
 * and with Reactor Netty 1.3.7, and with Vert.x 5.0.7's WebClient on the Netty 4.2.9 it brings (http and https);
 * Netty 4.1 and Vert.x 4 not checked.
 */
package dev.reuseagent.client.netty;
