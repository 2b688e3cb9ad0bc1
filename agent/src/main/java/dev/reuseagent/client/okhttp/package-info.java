/**
 * Slice {@code okhttp}: OkHttp 4.12 and 5.x ({@code okhttp3}). Hooks its pool ({@code RealConnectionPool}), calls
 * ({@code RealCall}, {@code RealCall$AsyncCall}, {@code Exchange}), connections ({@code RealConnection},
 * 5.x {@code ConnectPlan}), {@code CallServerInterceptor} and {@code Platform#logCloseableLeak}. Library types are
 * read by reflection ({@code ReflectiveOkHttpApi}), never linked. Verified against okhttp 4.12.0 and okhttp-jvm
 * 5.3.2 (docs/research/okhttp-hooks.md).
 */
package dev.reuseagent.client.okhttp;
