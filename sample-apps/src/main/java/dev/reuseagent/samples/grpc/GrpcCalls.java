package dev.reuseagent.samples.grpc;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What the gRPC patterns share: one unary method defined without protoc ({@code reuse.Echo/Get}, bytes in and out),
 * and channels to the URL's host and port, plaintext for http:// and TLS for https:// (trusting {@code --trust-pem}),
 * built with {@code Grpc.newChannelBuilderForAddress}: the transport is whichever gRPC provider is on the class path
 * (grpc-netty or grpc-netty-shaded).
 */
final class GrpcCalls {

    /** The samples' one method; the it-tests' gRPC server (GrpcTruthServer) serves it too. */
    static final MethodDescriptor<byte[], byte[]> ECHO = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName("reuse.Echo", "Get"))
            .setRequestMarshaller(new BytesMarshaller())
            .setResponseMarshaller(new BytesMarshaller())
            .build();

    private final ChannelCredentials credentials;

    GrpcCalls(URL url, Tls tls) {
        credentials = url.getProtocol().equals("https")
                ? TlsChannelCredentials.newBuilder().trustManager(tls.trustManager()).build()
                : InsecureChannelCredentials.create();
    }

    ManagedChannel channel(URL url) {
        return channel(url, 0);
    }

    /** @param idleSeconds when positive, the channel's {@code idleTimeout}: idle that long, it drops its connection */
    ManagedChannel channel(URL url, int idleSeconds) {
        int port = url.getPort() != -1 ? url.getPort() : url.getDefaultPort();
        ManagedChannelBuilder<?> builder = Grpc.newChannelBuilderForAddress(url.getHost(), port, credentials);
        if (idleSeconds > 0) {
            builder.idleTimeout(idleSeconds, TimeUnit.SECONDS);
        }
        return builder.build();
    }

    static byte[] request(URL url) {
        return url.getPath().getBytes(StandardCharsets.UTF_8);
    }

    /** Records the reply as the application saw it; 200 for OK, 502 for a failed call (the sample's status). */
    static int observed(byte[] reply) {
        SampleOutput.response(200, reply);
        return 200;
    }

    static int failed(StatusRuntimeException e) {
        SampleOutput.failure(e);
        return 502;
    }

    static void close(ManagedChannel channel) throws InterruptedException {
        channel.shutdown();
        channel.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Messages as raw bytes. */
    static final class BytesMarshaller implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
