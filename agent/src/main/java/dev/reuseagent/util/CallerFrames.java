package dev.reuseagent.util;

import java.util.List;
import java.util.stream.Collectors;

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
        return WALKER.walk(frames -> frames
                .skip(1) // this method
                .limit(maxFrames)
                .map(f -> f.getClassName() + "#" + f.getMethodName())
                .collect(Collectors.toList()));
    }
}
