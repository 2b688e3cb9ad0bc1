/**
 * Slice {@code apache5}: Apache HttpClient 5.x classic with its pooling connection manager. Hooks
 * {@code InternalExecRuntime}, the core pools ({@code StrictConnPool}, {@code LaxConnPool} and their per-route
 * pools), {@code DefaultManagedHttpClientConnection}, {@code DefaultHttpClientConnectionOperator}, the request
 * executor, {@code ConnectExec} and the reuse strategy. Verified against httpclient5 5.5.1 with httpcore5 5.3.6;
 * the same names exist from 5.0.4 to 5.6.x (docs/research/apache-hooks.md). The async client is not hooked.
 */
package dev.reuseagent.client.apache5;
