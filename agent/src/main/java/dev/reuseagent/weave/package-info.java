/**
 * A small weaver that calls advice from JDK and HTTP-client methods, built on plain ASM.
 *
 * <p>{@link dev.reuseagent.weave.Weaver} is the {@link java.lang.instrument.ClassFileTransformer}; it asks a
 * {@link dev.reuseagent.weave.HookLookup} for the {@link dev.reuseagent.weave.Hook}s of each class by name, and
 * weaves the matching methods ({@link dev.reuseagent.weave.Methods}) with calls to the hook's advice class, written
 * with the {@link dev.reuseagent.weave.Advice} annotations.
 *
 * <p>Advice observes by default. Three attributes let it change behaviour, for enforcement, and all fail safe: an
 * advice error leaves the method doing what it did unwoven.
 * <ul>
 *   <li>{@code @OnMethodEnter(skipOnTrue = true)} on a {@code boolean} enter method: true makes a void method (not a
 *       constructor) return at once, before its body, with no exit advice of any hook and no later enter advice;
 *       an enter method that throws counts as false.</li>
 *   <li>{@code @OnMethodEnter(skipOnNonNull = true)} on an enter method returning {@code Object} or the method's
 *       reference type: a non-null value is returned at once by a method returning a reference (not a
 *       constructor), before its body, with no exit advice of any hook and no later enter advice; null runs the
 *       body. The cast of an {@code Object} value is inside the guard: a value of another type, like an enter
 *       method that throws, counts as an advice error and the body runs.</li>
 *   <li>{@code @OnMethodExit(replaceReturn = true)} on an exit method returning the method's type (or
 *       {@code Object} for a reference type, cast inside the guard): its value is returned instead on a normal
 *       return; an exit method that throws, or a value that fails the cast, leaves the original value; a thrown
 *       throwable is rethrown unchanged. Not on void methods or constructors.</li>
 * </ul>
 * Misuse found in the advice class alone fails when it is read; misuse that depends on the method (its return
 * type, a constructor) fails that hook on that method, which stays untouched by it.
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
