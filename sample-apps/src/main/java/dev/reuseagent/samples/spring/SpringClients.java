package dev.reuseagent.samples.spring;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import java.io.IOException;
import java.net.HttpURLConnection;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/** How the spring patterns build their clients and record what they saw. */
final class SpringClients {

    private SpringClients() {
    }

    /**
     * RestTemplate's default request factory (HttpURLConnection), with this SSLSocketFactory for https: the JDK's
     * keep-alive cache keeps connections apart per factory, so a factory per RestTemplate means a connection per
     * RestTemplate.
     */
    static SimpleClientHttpRequestFactory urlConnectionFactory(SSLSocketFactory sockets) {
        return new SimpleClientHttpRequestFactory() {
            @Override
            protected void prepareConnection(HttpURLConnection connection, String method) throws IOException {
                super.prepareConnection(connection, method);
                if (connection instanceof HttpsURLConnection https) {
                    https.setSSLSocketFactory(sockets);
                }
            }
        };
    }

    /**
     * Makes the JVM's default SSLContext trust what {@code --trust-pem} names, so that {@code RestClient.create()},
     * which sets none, can reach the test server over https.
     */
    static void trustByDefault(Tls tls) {
        SSLContext.setDefault(tls.newSslContext());
    }

    /** Records the status and body as the application saw them. */
    static int record(ResponseEntity<byte[]> response) {
        byte[] body = response.getBody();
        int status = response.getStatusCode().value();
        SampleOutput.response(status, body == null ? new byte[0] : body);
        return status;
    }
}
