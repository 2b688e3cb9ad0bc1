/**
 * Slice {@code apache4}: Apache HttpClient 4.5 classic with its pooling connection manager. Hooks
 * {@code org.apache.http.pool} (AbstractConnPool, RouteSpecificPool), {@code org.apache.http.impl.conn} (CPool,
 * CPoolEntry, CPoolProxy), {@code org.apache.http.impl.execchain} (MainClientExec, ConnectionHolder), the request
 * executor and the reuse strategies. Verified against httpclient 4.5.14 with httpcore 4.4.16
 * (docs/research/apache-hooks.md).
 */
package dev.reuseagent.client.apache4;
