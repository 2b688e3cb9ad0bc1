package dev.reuseagent.samples.feign;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

import java.net.URL;

/** {@code shared}: the good pattern. One Feign client for every request, each response read and closed. */
final class FeignSharedPattern implements RequestPattern {

    private final FeignApi api;

    FeignSharedPattern(Tls tls) {
        api = FeignClients.newApi(tls.sharedSocketFactory());
    }

    @Override
    public int get(URL url) throws Exception {
        return FeignClients.readFully(api.get(url.toURI()));
    }
}
