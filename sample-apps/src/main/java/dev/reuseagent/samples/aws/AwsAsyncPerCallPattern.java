package dev.reuseagent.samples.aws;

import dev.reuseagent.samples.RequestPattern;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

import java.net.URL;

/**
 * {@code async-client-per-call}: a new S3AsyncClient per request, closed after it; its NettyNioAsyncHttpClient, and
 * so its connection pool, goes with it: every request opens a new connection.
 */
final class AwsAsyncPerCallPattern implements RequestPattern {

    private final AwsClients clients;

    AwsAsyncPerCallPattern(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public int get(URL url) {
        try (S3AsyncClient s3 = clients.async(null)) {
            GetObjectRequest request = AwsClients.request();
            return AwsClients.observe(s3.getObject(request, AsyncResponseTransformer.toBytes()).join()); // per call
        }
    }
}
