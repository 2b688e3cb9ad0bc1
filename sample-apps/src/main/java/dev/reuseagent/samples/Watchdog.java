package dev.reuseagent.samples;

/**
 * Halts the JVM after a deadline. Integration tests start sample apps as child JVMs; if a test dies or a
 * server hangs, this guarantees the child does not live on. {@code halt} rather than {@code exit} because a
 * stuck shutdown hook must not keep the process alive either.
 */
public final class Watchdog {
    /** Exit status of a JVM the watchdog stopped; distinct from the app's own 0/1/2. */
    public static final int HALT_STATUS = 3;

    private Watchdog() {
    }

    public static void start(int maxSeconds) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(maxSeconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("sample: watchdog: still running after " + maxSeconds + "s (--max-seconds), halting");
            System.err.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }, "sample-watchdog");
        // Daemon, so a run that finishes in time exits without waiting for the deadline.
        thread.setDaemon(true);
        thread.start();
    }
}
