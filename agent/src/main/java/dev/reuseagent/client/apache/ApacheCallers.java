package dev.reuseagent.client.apache;

import dev.reuseagent.util.Relocations;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Who called a close of an Apache HttpClient connection, read from the stack: the close causes of both versions
 * and {@link ApacheFailures} decide from these frames. Closing is rare next to reuse, so a short walk costs
 * nothing that matters.
 */
public final class ApacheCallers {

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final int MAX_FRAMES = 40;

    private ApacheCallers() {
    }

    /** The callers on this thread, nearest first, without the agent's and the JDK's own frames. Close paths only. */
    public static List<Caller> nearest() {
        return WALKER.walk(new Callers());
    }

    /** A class, not a lambda: the agent's code is lambda-free (a JVM's first lambda costs a cold start dearly). */
    private static final class Callers implements Function<Stream<StackWalker.StackFrame>, List<Caller>> {
        @Override
        public List<Caller> apply(Stream<StackWalker.StackFrame> frames) {
            List<Caller> callers = new ArrayList<>();
            Iterator<StackWalker.StackFrame> it = frames.limit(MAX_FRAMES).iterator();
            while (it.hasNext()) {
                StackWalker.StackFrame f = it.next();
                if (!isPlumbing(f.getClassName())) {
                    // A relocated copy's frames under the library's own names: the causes are read by name.
                    callers.add(new Caller(Relocations.original(f.getClassName()), f.getMethodName()));
                }
            }
            return callers;
        }
    }

    private static boolean isPlumbing(String cls) {
        return cls.startsWith("dev.reuseagent.") || cls.startsWith("java.") || cls.startsWith("jdk.")
                || cls.startsWith("sun.");
    }

    /** One caller of a close: class and method name. */
    public record Caller(String cls, String method) {
    }
}
