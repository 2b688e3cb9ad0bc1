/**
 * Enforcement's core, shared by every client slice: the bounds repairs keep to ({@code enforceDrain},
 * {@code enforcePoolSize}) and the ledger of what they did (log line once per repair and code site, counts for
 * the summary's {@code agent.enforced}). The repairs themselves live in the slices: only a slice knows its client.
 * Like the rest of the core, this package names no client.
 */
package dev.reuseagent.enforce;
