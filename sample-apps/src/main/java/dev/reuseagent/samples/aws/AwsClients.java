package dev.reuseagent.samples.aws;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.ProtocolNegotiation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.TlsTrustManagersProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import javax.net.ssl.TrustManager;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

/**
 * Builds the S3 clients of the {@code aws} patterns, all alike but for their HTTP client: endpoint = the URL's
 * origin, path-style, region us-east-1, dummy static credentials, no retries (each request is one exchange, so the
 * server's count is the application's).
 */
final class AwsClients {

    /** The synchronous HTTP clients of the SDK. */
    enum Sync { APACHE, URLCONNECTION }

    static final String BUCKET = "reuse-agent";
    static final String KEY = "data";

    private final URI endpoint;
    private final TlsTrustManagersProvider trust;
    private final boolean http2;

    AwsClients(URL url, Tls tls, boolean http2) {
        endpoint = URI.create(url.getProtocol() + "://" + url.getHost() + ":" + url.getPort());
        trust = new Trust(tls);
        this.http2 = http2;
    }

    /** @param maxIdle the HTTP client's {@code connectionMaxIdleTime}, or null for its default (60 s) */
    S3AsyncClient async(Duration maxIdle) {
        NettyNioAsyncHttpClient.Builder http = NettyNioAsyncHttpClient.builder().tlsTrustManagersProvider(trust);
        if (maxIdle != null) {
            http.connectionMaxIdleTime(maxIdle);
        }
        if (http2) {
            http.protocol(Protocol.HTTP2).protocolNegotiation(ProtocolNegotiation.ALPN);
        }
        return S3AsyncClient.builder()
                .httpClientBuilder(http)
                .endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    S3Client sync(Sync kind) {
        SdkHttpClient.Builder<?> http = kind == Sync.APACHE
                ? ApacheHttpClient.builder().tlsTrustManagersProvider(trust)
                : UrlConnectionHttpClient.builder().tlsTrustManagersProvider(trust);
        return S3Client.builder()
                .httpClientBuilder(http)
                .endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    static GetObjectRequest request() {
        return GetObjectRequest.builder().bucket(BUCKET).key(KEY).build();
    }

    /** Records the object as the application saw it; returns its HTTP status. */
    static int observe(ResponseBytes<GetObjectResponse> object) {
        int status = object.response().sdkHttpResponse().statusCode();
        SampleOutput.response(status, object.asByteArray());
        return status;
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDREUSEAGENTSAMPLE", "not-a-secret"));
    }

    /** The sample's trust (--trust-pem) for the SDK's HTTP clients. */
    private static final class Trust implements TlsTrustManagersProvider {
        private final Tls tls;

        Trust(Tls tls) {
            this.tls = tls;
        }

        @Override
        public TrustManager[] trustManagers() {
            return new TrustManager[] {tls.trustManager()};
        }
    }
}
