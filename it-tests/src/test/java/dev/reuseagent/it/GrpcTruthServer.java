package dev.reuseagent.it;

import io.grpc.Attributes;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServerTransportFilter;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * gRPC's own Netty server (grpc-netty-shaded) in the test JVM, serving the samples' {@code reuse.Echo/Get} (bytes
 * echoed), over plaintext or TLS with {@link TruthServer}'s certificate. Its truth: a {@link ServerTransportFilter}
 * counts the transports (connections) that became ready, an interceptor counts the calls and the distinct client
 * addresses (one per connection) they came on: the connections calls used.
 */
final class GrpcTruthServer implements AutoCloseable {

    /**
     * The samples' method ({@code GrpcCalls.ECHO} in sample-apps, not on this compile class path): bytes in, out.
     */
    private static final MethodDescriptor<byte[], byte[]> ECHO = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName("reuse.Echo/Get")
            .setRequestMarshaller(new Bytes())
            .setResponseMarshaller(new Bytes())
            .build();

    private final boolean https;
    private final Server server;
    private final AtomicInteger transports = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final Set<SocketAddress> callConnections = ConcurrentHashMap.newKeySet();

    /** @param maxConnectionAgeMs when positive, the server ends each connection (GOAWAY) after about this long */
    GrpcTruthServer(boolean https, long maxConnectionAgeMs) throws IOException {
        this.https = https;
        ServerCredentials credentials = https
                ? TlsServerCredentials.create(pem(TruthServer.certificate().certificatePem()),
                        pem(TruthServer.certificate().privateKeyPkcs8Pem()))
                : InsecureServerCredentials.create();
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), credentials)
                .addTransportFilter(new ServerTransportFilter() {
                    @Override
                    public Attributes transportReady(Attributes attributes) {
                        transports.incrementAndGet();
                        return attributes;
                    }
                })
                .addService(ServerInterceptors.intercept(ServerServiceDefinition.builder("reuse.Echo")
                        .addMethod(ECHO, ServerCalls.asyncUnaryCall(GrpcTruthServer::echo)).build(), new Counter()));
        if (maxConnectionAgeMs > 0) {
            builder.maxConnectionAge(maxConnectionAgeMs, TimeUnit.MILLISECONDS)
                    .maxConnectionAgeGrace(5, TimeUnit.SECONDS);
        }
        server = builder.build().start();
    }

    private static void echo(byte[] request, StreamObserver<byte[]> response) {
        response.onNext(request);
        response.onCompleted();
    }

    private static InputStream pem(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Counts each call and the client address (so the connection) it came on. */
    private final class Counter implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                ServerCallHandler<Q, R> next) {
            calls.incrementAndGet();
            SocketAddress remote = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
            if (remote != null) {
                callConnections.add(remote);
            }
            return next.startCall(call, headers);
        }
    }

    int port() {
        return server.getPort();
    }

    /** With user-info and a query string, neither of which the agent may ever write out (the sample sends the path). */
    String url() {
        return (https ? "https" : "http") + "://alice:s3cret-userinfo@127.0.0.1:" + port() + "/data?token=secret-query";
    }

    String origin() {
        return (https ? "https" : "http") + "://127.0.0.1:" + port();
    }

    /** The server's counts: calls, and the connections (client addresses) they came on. */
    TruthServer.Truth truth() {
        return new TruthServer.Truth(calls.get(), callConnections.size());
    }

    /** Every connection that became ready, whether a call came on it or not. */
    int transports() {
        return transports.get();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Messages as raw bytes; a failed read fails the call. */
    private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read a message", e);
            }
        }
    }
}
