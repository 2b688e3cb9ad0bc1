/**
 * The {@code aws-netty} slice: the AWS SDK for Java v2's asynchronous HTTP client on Netty
 * ({@code software.amazon.awssdk:netty-nio-client}, {@code NettyNioAsyncHttpClient}, what {@code S3AsyncClient} and
 * every other async service client use by default). Per origin: requests, new and reused connections from the
 * client's channel pools, reasons ({@code first-use}, {@code new-client} for a client built per call,
 * {@code pool-busy} above {@code maxConcurrency}, {@code server-closed}, {@code app-closed} when the client is
 * closed) and the application line that called the service method. The TCP connect is reported by the {@code netty}
 * slice and re-attributed here, its TLS handshake paired by {@code nettytls}/{@code EngineTls}.
 *
 * <p>Hook points ({@link dev.reuseagent.client.awsnetty.AwsNettyInstrumentation}) verified against netty-nio-client
 * 2.57.8 (class files) on its Netty 4.1.138. HTTP/1.1 only: with {@code Protocol.HTTP2} the requests run as streams
 * on child channels of {@code Http2MultiplexedChannelPool}; then only the TCP connects are reported (under
 * {@code netty}, re-attributed to {@code aws-netty} when the first stream is handed out on the parent? no: they stay
 * transport-only), not the requests.
 */
package dev.reuseagent.client.awsnetty;
