package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientBuilderImpl#build()} (also behind {@code HttpClient.newHttpClient()}), enforcing only: the client
 * it built, or a handle on the shared client of the same configuration instead.
 */
public final class BuildAdvice {

    private BuildAdvice() {
    }

    @Advice.OnMethodExit(replaceReturn = true, suppress = Throwable.class)
    public static Object exit(@Advice.This Object builder, @Advice.Return Object client) {
        return JdkHttpHooks.built(builder, client);
    }
}
