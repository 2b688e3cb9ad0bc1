package dev.reuseagent.samples.feign;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

import java.net.URL;

/**
 * {@code client-per-request}: a Feign client built per request with TLS settings of its own (a new SSLContext each
 * time). Over https no connection is reused; over http the JDK's keep-alive cache still shares them.
 */
record FeignPerRequestPattern(Tls tls) implements RequestPattern {

    @Override
    public int get(URL url) throws Exception {
        FeignApi api = FeignClients.newApi(tls.newSocketFactory()); // the mistake: a client per request
        return FeignClients.readFully(api.get(url.toURI()));
    }
}
