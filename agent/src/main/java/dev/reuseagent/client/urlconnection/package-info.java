/**
 * Slice {@code urlconnection}: {@code HttpURLConnection} and {@code HttpsURLConnection}. Hooks the JDK's
 * {@code sun.net.www.http.HttpClient} (one object per connection: openServer, parseHTTP, putInKeepAliveCache,
 * closeServer), {@code sun.net.www.protocol.https.HttpsClient} (its SSLSocketFactory), the keep-alive cache
 * ({@code KeepAliveCache#get}) and {@code sun.net.www.protocol.http.HttpURLConnection} (proxy CONNECT and
 * 100-continue, which are not exchanges). Verified against OpenJDK 17.0.15 and Temurin 25.0.3.
 */
package dev.reuseagent.client.urlconnection;
