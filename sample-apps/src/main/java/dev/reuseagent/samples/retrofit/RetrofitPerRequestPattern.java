package dev.reuseagent.samples.retrofit;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

import java.net.URL;

/**
 * {@code client-per-request}: a Retrofit built per request. Each one makes an OkHttpClient, and so a connection
 * pool, of its own: no connection is ever reused.
 */
record RetrofitPerRequestPattern(Tls tls) implements RequestPattern {

    @Override
    public int get(URL url) throws Exception {
        RetrofitApi api = RetrofitClients.newApi(url, tls); // the mistake: a client (and a pool) per request
        return RetrofitClients.readFully(api.get(url.toString()).execute());
    }
}
