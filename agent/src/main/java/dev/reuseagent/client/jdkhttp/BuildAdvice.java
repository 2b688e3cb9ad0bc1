package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientBuilderImpl#build()} (also behind {@code HttpClient.newHttpClient()}), enforcing only: a handle on
 * the shared client of the same configuration, returned without building a client; or the client it built, or a
 * handle on a client an equal configuration registered meanwhile.
 */
public final class BuildAdvice {

    private BuildAdvice() {
    }

    @Advice.OnMethodEnter(skipOnNonNull = true, suppress = Throwable.class)
    public static Object enter(@Advice.This Object builder) {
        return JdkHttpHooks.building(builder);
    }

    @Advice.OnMethodExit(replaceReturn = true, suppress = Throwable.class)
    public static Object exit(@Advice.This Object builder, @Advice.Return Object client) {
        return JdkHttpHooks.built(builder, client);
    }
}
