package dev.reuseagent.samples.retrofit;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.URL;

/** {@code shared}: the good pattern. One Retrofit, and so one OkHttpClient, for every request. */
final class RetrofitSharedPattern implements RequestPattern {

    private final RetrofitApi api;

    RetrofitSharedPattern(Tls tls, URL url) throws IOException {
        api = RetrofitClients.newApi(url, tls);
    }

    @Override
    public int get(URL url) throws Exception {
        return RetrofitClients.readFully(api.get(url.toString()).execute());
    }
}
