/**
 * Slice {@code okhttp}: OkHttp 3.14, 4.12 and 5.x ({@code okhttp3}). Hooks its pool ({@code RealConnectionPool}), calls
 * ({@code RealCall}, {@code RealCall$AsyncCall}, {@code Exchange}), connections ({@code RealConnection},
 * 5.x {@code ConnectPlan}), {@code CallServerInterceptor} and {@code Platform#logCloseableLeak}. Library types are
 * read by reflection ({@code ReflectiveOkHttpApi}), never linked. Verified against okhttp 3.14.9, 4.12.0 and
 * okhttp-jvm 5.3.2 (docs/research/okhttp-hooks.md). 3.x has its own hooks where it is shaped otherwise
 * ({@code okhttp3.RealCall}, {@code Transmitter}, {@code newCodec}, {@code idleAtNanos}, {@code trackFailure} without
 * a call, a pool that evicts without retiring: {@code OkHttp3Evictions}); on 3.x a cancelled call's connection closes
 * as {@code unknown}, not {@code app-closed}.
 *
 * <p><b>Enforcement</b> ({@code enforce=okhttp}, repair {@code shared-pool}, {@code OkHttpSharedPool}): clients built
 * without an explicit {@code ConnectionPool} share one JVM-wide pool, and clients built without an SSL socket factory
 * share one default factory and trust manager, so that OkHttp's own connection matching ({@code Address}, which
 * compares the factory by identity) lets a client reuse what another opened. The repair hooks
 * {@code OkHttpClient$Builder()}, {@code OkHttpClient$Builder(OkHttpClient)}, {@code OkHttpClient(Builder)} and a
 * second advice on {@code RealConnection#newCodec$okhttp}, all woven only when enforcing, and changes a builder only
 * through its public setters ({@code ReflectiveOkHttpBuilder}); a client with its own pool, its own
 * {@code SocketFactory}, or {@code retryOnConnectionFailure(false)} keeps its own pool. Verified against 4.12 and
 * 5.x (docs/enforce-okhttp.md); on 3.x it changes nothing and says so ({@code Enforcement#notApplied}).
 */
package dev.reuseagent.client.okhttp;
