/**
 * Slice {@code apache4}: Apache HttpClient 4.5 classic with its pooling connection manager. Hooks
 * {@code org.apache.http.pool} (AbstractConnPool, RouteSpecificPool), {@code org.apache.http.impl.conn} (CPool,
 * CPoolEntry, CPoolProxy), {@code org.apache.http.impl.execchain} (MainClientExec, ConnectionHolder), the request
 * executor and the reuse strategies. Verified against httpclient 4.5.14 with httpcore 4.4.16
 * (docs/research/apache-hooks.md).
 *
 * <p>Relocated copies ({@link dev.reuseagent.client.apache4.Apache4Slice#relocatablePackages()}): the same hooks
 * moved below the copy's package, checked by shape before weaving. Verified with Maven 3.8.7's
 * {@code wagon-http-shaded} 3.5.3 ({@code org.apache.maven.wagon.providers.http.httpclient}: httpclient 4.5.14,
 * httpcore 4.4.16) and {@code sample-apps-vendored.jar} ({@code com.acme.vendor.shaded.org.apache.http}). What this
 * slice and {@code client/apache} compare by class name (the pool and entry classes, the close-cause frames, the
 * repairs' classes) goes through {@code util.Relocations}.
 *
 * <p>The legacy API of the same jar ({@code DefaultHttpClient}, {@code SystemDefaultHttpClient} and other
 * {@code AbstractHttpClient}s executing through {@code DefaultRequestDirector}) is reported under {@code apache4}
 * too ({@link dev.reuseagent.client.apache4.Apache4LegacyInstrumentation}, verified against httpclient 4.5.14): the
 * connection is the {@code DefaultClientConnection} (its {@code openCompleted}, {@code receiveResponseHeader},
 * {@code close}, {@code shutdown}), the pool is the connection manager (leases and releases of
 * {@code PoolingClientConnectionManager}, {@code ThreadSafeClientConnManager}'s {@code ConnPoolByRoute},
 * {@code BasicClientConnectionManager}, {@code SingleClientConnManager}); the exchange, reuse strategies and
 * httpcore's pool are the hooks above, on the same thread state. Its hooks are all optional: a loader without the
 * legacy classes keeps the modern hooks. {@code enforce=apache} does not repair the legacy API.
 *
 * <p>With {@code enforce=apache} only, two repairs (docs/enforce-apache.md), and their hooks:
 * <ul>
 *   <li>{@code shared-manager} ({@link dev.reuseagent.client.apache4.Apache4Enforcer}):
 *       {@code HttpClientBuilder#build()} of a builder without a connection manager runs with a shared
 *       {@code PoolingHttpClientConnectionManager} installed and {@code connManagerShared} set, one per identical
 *       manager configuration (the 16 builder fields build() makes its manager from, lines 960-1020 of 4.5.14's
 *       HttpClientBuilder), and the builder gets its own fields back on exit; {@code InternalHttpClient#doExecute}
 *       tells which client a request runs for (connections one client reuses from another are counted as
 *       avoided); the {@code ConnectionHolder} constructor and {@code InternalHttpClient#close()} release what a
 *       closed client still holds.</li>
 *   <li>{@code drain} ({@link dev.reuseagent.client.apache4.Apache4Drain}): {@code HttpResponseProxy#close()}
 *       with the body unread would close the connection ({@code ConnectionHolder#close()} is
 *       {@code releaseConnection(false)}); the agent first reads the rest within {@code enforceDrain} (bytes, and
 *       time through the connection's socket timeout), so the connection goes back to the pool.</li>
 * </ul>
 */
package dev.reuseagent.client.apache4;
