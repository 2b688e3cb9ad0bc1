package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.SampleOutput;
import org.springframework.http.ResponseEntity;

/** What the WebClient patterns record of a response. */
final class WebClients {

    private WebClients() {
    }

    /** Records the status and body as the application saw them. */
    static int record(ResponseEntity<byte[]> response) {
        byte[] body = response.getBody();
        int status = response.getStatusCode().value();
        SampleOutput.response(status, body == null ? new byte[0] : body);
        return status;
    }
}
