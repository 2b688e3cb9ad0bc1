/**
 * The instrumented HTTP clients, one self-contained slice per package: {@code client/<name>/} holds the slice's
 * descriptor ({@code <Name>Slice}: name, library packages, hooked classes, hints), its matchers
 * ({@code <Name>Instrumentation}), its advice ({@code *Advice}), the boundary the advice calls ({@code <Name>Hooks}),
 * its tracking, close causes and per-thread state. {@link dev.reuseagent.client.ClientSlices} lists the slices;
 * slices do not depend on each other (Apache 4 and 5 share {@code client/apache}). See docs/adding-a-client.md.
 */
package dev.reuseagent.client;
