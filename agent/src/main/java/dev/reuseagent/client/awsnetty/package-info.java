/**
 * The {@code aws-netty} slice: the AWS SDK for Java v2's asynchronous HTTP client on Netty
 * ({@code software.amazon.awssdk:netty-nio-client}, {@code NettyNioAsyncHttpClient}, what {@code S3AsyncClient} and
 * every other async service client use by default). Per origin: requests, new and reused connections from the
 * client's channel pools, reasons ({@code first-use}, {@code new-client} for a client built per call,
 * {@code pool-busy}, {@code idle-timeout} from the SDK's idle reaper, {@code server-closed}), close causes
 * ({@code app-closed} when the client is closed) and the application line that called the service method. The TCP
 * connect is reported by the {@code netty} slice and claimed here by channel (counted once, under
 * {@code aws-netty}); its TLS handshake is paired by the {@code netty-tls} slice and the transport layer.
 *
 * <p>Hook points ({@link dev.reuseagent.client.awsnetty.AwsNettyInstrumentation}) verified against netty-nio-client
 * 2.57.8 (class files, {@code javap}; no sources jar is published for it) on its Netty 4.1.138, and run in
 * {@code AwsSdkScenariosTest} on JDK 17 and 25; every hooked method, field and attribute key read is also in
 * 2.25.70's class files (checked, not run). HTTP/1.1, and HTTP/2 by ALPN: a request per stream (a child channel
 * of {@code Http2MultiplexedChannelPool}), counted on its parent connection. The SDK's sync HTTP clients need no
 * slice: apache-client and url-connection-client are reported by {@code apache4} and {@code urlconnection}, and
 * {@code software.amazon.awssdk.} is a wrapper framework for the site ({@code track/WrapperFrameworks}).
 *
 * <p>Cost: the pool misses on the event loop, where the application's line is gone, so the line is taken when every
 * request starts: a stack walk per call, as for OkHttp's {@code enqueue}, and a small record per request in flight.
 */
package dev.reuseagent.client.awsnetty;
