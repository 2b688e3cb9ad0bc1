package dev.reuseagent.samples.retrofit;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Url;

/** The application's API as Retrofit sees it (package-private: its JDK proxy lives in this package). */
interface RetrofitApi {

    /** GET of the whole URL given. */
    @GET
    Call<ResponseBody> get(@Url String url);
}
