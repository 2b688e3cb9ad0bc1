package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * {@code per-request-*}: a new HttpClient for every request, every one configured alike ({@code newBuilder()
 * .version(...).build()}, the JVM's default SSLContext, which trusts {@code --trust-pem}): the pattern
 * {@code enforce=jdkhttp} repairs by sharing one client. After its request each client is left alone
 * ({@code per-request}), or (JDK 21+; nothing on 17) closed, shut down, or shut down and awaited, as tidy code
 * does; the outcome of awaiting is part of what the application observed.
 */
final class PerRequestPattern implements RequestPattern {

    /** What the application does with its client after the request. */
    enum Ending {
        NONE, CLOSE, SHUTDOWN, AWAIT,
        /** sendAsync, then close() at once (which waits for the request), then the response. */
        ASYNC_CLOSE
    }

    private final JdkHttpClients clients;
    private final Ending ending;

    PerRequestPattern(JdkHttpClients clients, Ending ending) {
        this.clients = clients;
        this.ending = ending;
    }

    @Override
    public void beforeFirstRequest() {
        clients.trustByDefault();
    }

    @Override
    public int get(URL url) throws Exception {
        HttpClient client = clients.newDefaultClient(); // the mistake: a client (and a pool) per request
        if (ending == Ending.ASYNC_CLOSE) {
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(JdkHttpClients.get(url),
                    HttpResponse.BodyHandlers.ofByteArray());
            call(client, "close");
            HttpResponse<byte[]> response = future.join();
            SampleOutput.response(response.statusCode(), response.body());
            return response.statusCode();
        }
        try {
            HttpResponse<byte[]> response = client.send(JdkHttpClients.get(url),
                    HttpResponse.BodyHandlers.ofByteArray());
            SampleOutput.response(response.statusCode(), response.body());
            return response.statusCode();
        } catch (Exception e) {
            SampleOutput.failure(e);
            throw e;
        } finally {
            end(client);
        }
    }

    private void end(HttpClient client) throws Exception {
        switch (ending) {
            case CLOSE:
                call(client, "close");
                break;
            case SHUTDOWN:
                call(client, "shutdown");
                break;
            case AWAIT:
                if (call(client, "shutdown")) {
                    Object done = HttpClient.class.getMethod("awaitTermination", Duration.class)
                            .invoke(client, Duration.ofSeconds(10));
                    Object terminated = HttpClient.class.getMethod("isTerminated").invoke(client);
                    // Recorded as a pseudo-response (status 0): what the application learnt of its client's end.
                    SampleOutput.response(0, ("awaitTermination=" + done + " isTerminated=" + terminated)
                            .getBytes(StandardCharsets.UTF_8));
                }
                break;
            default:
                break;
        }
    }

    /** Calls a JDK 21+ method of HttpClient (the samples compile for 17); false when this JDK has none. */
    private static boolean call(HttpClient client, String method) throws Exception {
        try {
            HttpClient.class.getMethod(method).invoke(client);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }
}
