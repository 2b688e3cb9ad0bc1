/**
 * Slice {@code apache5}: Apache HttpClient 5.x classic with its pooling connection manager. Hooks
 * {@code InternalExecRuntime}, the core pools ({@code StrictConnPool}, {@code LaxConnPool} and their per-route
 * pools), {@code DefaultManagedHttpClientConnection}, {@code DefaultHttpClientConnectionOperator}, the request
 * executor, {@code ConnectExec} and the reuse strategy. Verified against httpclient5 5.5.1 with httpcore5 5.3.6,
 * and 5.6.5 with httpcore5 5.4.4 (hooks and reflected members checked with {@code javap}; shared client and client per
 * request it-tested); the same names exist from 5.0.4 to 5.6.x (docs/research/apache-hooks.md). The
 * {@code enforce=apache} repair below was it-tested on 5.5.1 only (the builder fields it reads exist in 5.6.5). The
 * async client is not hooked here (slice {@code apache5-async}).
 *
 * <p>With {@code enforce=apache} only, the {@code shared-manager} repair
 * ({@link dev.reuseagent.client.apache5.Apache5Enforcer}; docs/enforce-apache.md):
 * {@code HttpClientBuilder#build()} of a builder without a connection manager runs with a shared
 * {@code PoolingHttpClientConnectionManager} installed and {@code connManagerShared} set, one per
 * {@code useSystemProperties()} setting (and eviction settings): the only builder settings 5.5.1's build() makes
 * its manager from (lines 844-851); the builder gets its own fields back on exit. {@code InternalHttpClient#doExecute}
 * tells which client a request runs for; the {@code InternalExecRuntime} constructor and
 * {@code InternalHttpClient#close(CloseMode)} release what a closed client still holds. No drain repair: closing
 * a 5.x response already reads the rest of its body ({@code ResponseEntityProxy#close()} closes the content
 * stream, and {@code ContentLengthInputStream} / {@code ChunkedInputStream} read to the end on close).
 */
package dev.reuseagent.client.apache5;
