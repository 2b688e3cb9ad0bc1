package dev.reuseagent.samples.timeout;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** java.net.http: a connect timeout on the client and a whole-request timeout on the request. */
final class JdkHttpFirstRequest implements FirstRequestTimeout.FirstRequest {

    private final HttpClient client;
    private final HttpRequest request;

    JdkHttpFirstRequest(URL url, int timeoutMs) throws Exception {
        Duration timeout = Duration.ofMillis(timeoutMs);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.request = HttpRequest.newBuilder(url.toURI()).timeout(timeout).build();
    }

    @Override
    public Integer call() throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }
}
