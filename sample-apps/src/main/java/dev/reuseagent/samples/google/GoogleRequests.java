package dev.reuseagent.samples.google;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import dev.reuseagent.samples.SampleOutput;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/** How the google patterns build a GET and read what they got. */
final class GoogleRequests {

    private GoogleRequests() {
    }

    /** A GET of {@code url} that returns an error status as a response instead of throwing. */
    static HttpRequest get(HttpRequestFactory factory, URL url) throws IOException {
        HttpRequest request = factory.buildGetRequest(new GenericUrl(url));
        request.setThrowExceptionOnExecuteError(false);
        return request;
    }

    /**
     * Reads the whole body and closes it, as {@code HttpResponse#parseAsString} does; records the status and the body
     * as the application saw them. Never {@code disconnect()}: on NetHttpTransport that is
     * HttpURLConnection#disconnect, which ends the connection.
     */
    static int readFully(HttpResponse response) throws IOException {
        int status = response.getStatusCode();
        byte[] body;
        try (InputStream content = response.getContent()) {
            body = content == null ? new byte[0] : content.readAllBytes();
        }
        SampleOutput.response(status, body);
        return status;
    }
}
