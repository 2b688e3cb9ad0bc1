package dev.reuseagent.util;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The current thread's callers as {@code class#method}, nearest first: what the close-cause classifiers read.
 * A stack walk, so for the close paths only (once per connection), never the reused path.
 */
public final class CallerFrames {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private CallerFrames() {
    }

    /** At most {@code maxFrames} frames, this method's own caller first. */
    public static List<String> nearest(int maxFrames) {
        return WALKER.walk(new Nearest(maxFrames));
    }

    /** A class, not a lambda: the agent's code is lambda-free (a JVM's first lambda costs a cold start dearly). */
    private static final class Nearest implements Function<Stream<StackWalker.StackFrame>, List<String>> {
        private final int max;

        Nearest(int max) {
            this.max = max;
        }

        @Override
        public List<String> apply(Stream<StackWalker.StackFrame> frames) {
            List<String> callers = new ArrayList<>();
            Iterator<StackWalker.StackFrame> it = frames.skip(1).limit(max).iterator(); // nearest itself
            while (it.hasNext()) {
                StackWalker.StackFrame f = it.next();
                callers.add(f.getClassName() + "#" + f.getMethodName());
            }
            return callers;
        }
    }
}
