package dev.reuseagent.samples.aws;

import dev.reuseagent.samples.RequestPattern;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URL;

/** {@code sync-client-per-call}, {@code urlconnection-per-call}: a new S3Client per request, closed after it. */
final class AwsSyncPerCallPattern implements RequestPattern {

    private final AwsClients clients;
    private final AwsClients.Sync kind;

    AwsSyncPerCallPattern(AwsClients clients, AwsClients.Sync kind) {
        this.clients = clients;
        this.kind = kind;
    }

    @Override
    public int get(URL url) {
        try (S3Client s3 = clients.sync(kind)) {
            return AwsClients.observe(s3.getObjectAsBytes(AwsClients.request())); // per call
        }
    }
}
