/**
 * A small weaver that calls advice from JDK and HTTP-client methods, built on plain ASM.
 *
 * <p>{@link dev.reuseagent.weave.Weaver} is the {@link java.lang.instrument.ClassFileTransformer}; it asks a
 * {@link dev.reuseagent.weave.HookLookup} for the {@link dev.reuseagent.weave.Hook}s of each class by name, and
 * weaves the matching methods ({@link dev.reuseagent.weave.Methods}) with calls to the hook's advice class, written
 * with the {@link dev.reuseagent.weave.Advice} annotations.
 *
 * <p>Rules this package keeps, and why:
 * <ul>
 *   <li>No class is loaded to weave one: advice is read from its class file, matchers look at descriptors only, and
 *       stack map frames are written by the weaver (never {@code COMPUTE_FRAMES}, whose common-superclass look-up
 *       loads classes).</li>
 *   <li>Only method bodies change, so loaded classes can be retransformed.</li>
 *   <li>No lambdas, method references, records or {@code +} on strings: each compiles to invokedynamic, whose
 *       first use bootstraps dozens of classes and costs tens of milliseconds in a cold JVM, and the weaver runs
 *       exactly then, when the first connection is made. {@code WeaverBytecodeTest} holds the package to it.</li>
 *   <li>Nothing of ASM is touched before the first hooked class is woven: a JVM that makes no network call does
 *       not load it at all.</li>
 * </ul>
 */
package dev.reuseagent.weave;
