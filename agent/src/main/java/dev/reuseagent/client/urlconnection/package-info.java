/**
 * Slice {@code urlconnection}: {@code HttpURLConnection} and {@code HttpsURLConnection}. Hooks the JDK's
 * {@code sun.net.www.http.HttpClient} (one object per connection: openServer, parseHTTP, putInKeepAliveCache,
 * closeServer), {@code sun.net.www.protocol.https.HttpsClient} (its SSLSocketFactory), the keep-alive cache
 * ({@code KeepAliveCache#get}) and {@code sun.net.www.protocol.http.HttpURLConnection} (proxy CONNECT and
 * 100-continue, which are not exchanges). Verified against OpenJDK 17.0.15 and Temurin 25.0.3.
 *
 * <p>With {@code enforce=urlconnection} ({@link dev.reuseagent.client.urlconnection.UrlConnectionEnforcer}) it also
 * hooks {@code sun.net.www.http.KeepAliveStream#close()}, {@code sun.net.www.http.ChunkedInputStream#close()} and
 * {@code HttpURLConnection#disconnect()}: repair {@code drain} reads an unread rest of a response body within
 * {@code enforceDrain} where the JDK would close its connection (fixed-length bodies above
 * {@code http.KeepAlive.remainingData} whose rest has not arrived, chunked bodies {@code hurry()} cannot finish),
 * and repair {@code keep-after-disconnect} keeps the connection {@code disconnect()} would take out of the cache and
 * close. The JDK internals these read ({@link dev.reuseagent.client.urlconnection.UrlConnectionInternals}) are opened
 * to the agent's module only, on first use. Verified against OpenJDK 17.0.19 and Temurin 25.0.3 sources, run on
 * 17.0.15 and 25.0.3; docs/enforce-urlconnection.md has the JDK's own behaviour and what the repairs do not do.
 */
package dev.reuseagent.client.urlconnection;
