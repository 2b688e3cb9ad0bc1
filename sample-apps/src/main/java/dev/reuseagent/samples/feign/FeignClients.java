package dev.reuseagent.samples.feign;

import dev.reuseagent.samples.SampleOutput;
import feign.Client;
import feign.Feign;
import feign.Response;
import feign.Target;
import feign.Util;

import java.io.IOException;
import javax.net.ssl.SSLSocketFactory;

/** How the feign patterns build their clients and read what they got. */
final class FeignClients {

    private FeignClients() {
    }

    /**
     * A Feign client of {@link FeignApi} on Feign's default client (HttpURLConnection) with this SSLSocketFactory
     * for https: the JDK's keep-alive cache keeps connections apart per factory.
     */
    static FeignApi newApi(SSLSocketFactory sockets) {
        return Feign.builder()
                .client(new Client.Default(sockets, null))
                .target(Target.EmptyTarget.create(FeignApi.class));
    }

    /** Reads the whole body and closes the response; records the status and the body as the application saw them. */
    static int readFully(Response response) throws IOException {
        try (Response r = response) {
            byte[] body = r.body() == null ? new byte[0] : Util.toByteArray(r.body().asInputStream());
            SampleOutput.response(r.status(), body);
            return r.status();
        }
    }
}
