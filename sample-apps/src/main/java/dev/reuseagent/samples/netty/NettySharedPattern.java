package dev.reuseagent.samples.netty;

import dev.reuseagent.samples.RequestPattern;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;

import java.net.URL;
import java.util.concurrent.TimeUnit;

/**
 * {@code nio-shared}, {@code epoll-shared}, {@code nio-tls-shared}: one channel, opened by the first request and kept open for every
 * request after it (reopened only if the server closed it). Requests take turns on it: HTTP/1.1 without pipelining.
 */
final class NettySharedPattern implements RequestPattern {

    private final NettyTransport transport;
    private final EventLoopGroup group;
    private final SslContext ssl;
    private Bootstrap bootstrap;
    private Channel channel;

    /** @param ssl null for http:// */
    NettySharedPattern(NettyTransport transport, SslContext ssl) {
        this.transport = transport;
        this.group = transport.newGroup();
        this.ssl = ssl;
    }

    @Override
    public synchronized int get(URL url) throws Exception {
        if (bootstrap == null) {
            bootstrap = NettyClients.bootstrap(group, transport, ssl, url);
        }
        if (channel == null || !channel.isActive()) {
            channel = bootstrap.connect(url.getHost(), NettyClients.port(url)).sync().channel(); // opened once, then kept
            NettyClients.announce(channel);
        }
        return NettyClients.exchange(channel, url);
    }

    @Override
    public synchronized void afterLastRequest() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
