package dev.reuseagent.samples.aws;

import dev.reuseagent.samples.RequestPattern;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URL;

/** {@code sync-shared}, {@code urlconnection-shared}: one S3Client for every request. */
final class AwsSyncSharedPattern implements RequestPattern {

    private final S3Client s3;

    AwsSyncSharedPattern(AwsClients clients, AwsClients.Sync kind) {
        s3 = clients.sync(kind);
    }

    @Override
    public int get(URL url) {
        return AwsClients.observe(s3.getObjectAsBytes(AwsClients.request())); // shared
    }

    @Override
    public void afterLastRequest() {
        s3.close();
    }
}
