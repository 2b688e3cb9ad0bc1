package dev.reuseagent.samples.aws;

import dev.reuseagent.samples.RequestPattern;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

import java.net.URL;

/**
 * {@code async-shared}: one S3AsyncClient for every request: its netty-nio-client pool keeps the connection;
 * {@code async-short-idle}: the same with a short {@code connectionMaxIdleTime}.
 */
final class AwsAsyncSharedPattern implements RequestPattern {

    private final S3AsyncClient s3;

    AwsAsyncSharedPattern(S3AsyncClient s3) {
        this.s3 = s3;
    }

    @Override
    public int get(URL url) {
        GetObjectRequest request = AwsClients.request();
        return AwsClients.observe(s3.getObject(request, AsyncResponseTransformer.toBytes()).join()); // shared
    }

    @Override
    public void afterLastRequest() {
        s3.close();
    }
}
