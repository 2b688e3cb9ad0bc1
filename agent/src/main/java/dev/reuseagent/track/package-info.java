/**
 * The library-agnostic core: every connection's life ({@code ConnectionTracker}), reason inference per pool and
 * origin, bounded registries of origins and endpoints, and the weak identity maps that key state by library
 * objects without keeping them alive. Names no client; tested as plain event sequences.
 */
package dev.reuseagent.track;
