/**
 * What the Apache HttpClient slices ({@code apache4}, {@code apache5}) share: tracking of the pooling connection
 * manager (leases, misses, lease waits, close causes read from the caller's stack), route parsing, per-thread
 * state, hint texts, and the enforcement machinery of {@code enforce=apache}: {@link
 * dev.reuseagent.client.apache.ApacheEnforcer} (the {@code shared-manager} repair: builders without a connection
 * manager build with one shared per {@link dev.reuseagent.client.apache.ManagerKey}, restored after build()),
 * {@link dev.reuseagent.client.apache.SharedManagers} (the bounded registry and the ledger of connections saved),
 * {@link dev.reuseagent.client.apache.LeaseGuard} (what a closed, collected or leaking client holds in a shared
 * pool is released as its own manager would have released it) and the reflective access they need
 * ({@link dev.reuseagent.client.apache.Reflection}, {@link dev.reuseagent.client.apache.PoolLimits}). Nothing of
 * the enforcement is created, and none of its hooks woven, unless {@code enforce=} names {@code apache}
 * (docs/enforce-apache.md).
 */
package dev.reuseagent.client.apache;
