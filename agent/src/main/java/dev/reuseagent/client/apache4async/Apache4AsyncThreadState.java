package dev.reuseagent.client.apache4async;

/**
 * What the HttpAsyncClient 4.1 hooks keep per thread between two hooked calls. Library objects are held only while
 * the call that set them runs.
 */
final class Apache4AsyncThreadState {

    private static final ThreadLocal<Apache4AsyncThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected Apache4AsyncThreadState initialValue() {
            return new Apache4AsyncThreadState();
        }
    };

    static Apache4AsyncThreadState current() {
        return CURRENT.get();
    }

    /** Depth of AbstractNIOConnPool#lease on this thread: the application's thread, whose line is the site. */
    int leaseDepth;
    /** The lease in progress on this thread was served: by a free entry, or by asking the reactor for a session. */
    boolean leaseServed;
    /** The SessionRequest whose new session the pool turns into an entry on this thread, else null. */
    Object completing;
    /** The connection whose response head the executor handles on this thread, else null. */
    Object headConnection;

    Apache4AsyncThreadState() {
    }
}
