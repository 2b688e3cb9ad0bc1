package dev.reuseagent.samples.retrofit;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Response;
import retrofit2.Retrofit;

import java.io.IOException;
import java.net.URL;

/** How the retrofit patterns build their clients and read what they got. */
final class RetrofitClients {

    private RetrofitClients() {
    }

    /**
     * {@code new Retrofit.Builder().baseUrl(...).build()}, the way most code does it: Retrofit then makes an
     * OkHttpClient of its own. Over https, a client that trusts {@code --trust-pem} instead (still a new one).
     */
    static RetrofitApi newApi(URL url, Tls tls) throws IOException {
        Retrofit.Builder builder = new Retrofit.Builder().baseUrl(new URL(url, "/").toString());
        if (url.getProtocol().equalsIgnoreCase("https")) {
            builder.client(new OkHttpClient.Builder().sslSocketFactory(tls.sharedSocketFactory(), tls.trustManager())
                    .build());
        }
        return builder.build().create(RetrofitApi.class);
    }

    /** Reads the whole body (or error body) and closes it; records the status and the body as the application saw them. */
    static int readFully(Response<ResponseBody> response) throws IOException {
        try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            SampleOutput.response(response.code(), bytes);
            return response.code();
        }
    }
}
