/**
 * What the Apache HttpClient slices {@code apache4} and {@code apache5} share: lease and close bookkeeping
 * ({@code ApacheTracking}), routes, request headers, per-thread state and hint texts. Hooks nothing itself.
 */
package dev.reuseagent.client.apache;
