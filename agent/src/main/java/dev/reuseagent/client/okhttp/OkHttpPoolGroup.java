package dev.reuseagent.client.okhttp;

/**
 * The clients that would share one pool without enforcement: those built from one builder, and those built from a
 * {@code newBuilder()} of one of them. An exchange of a group on a shared-pool connection another group opened is a
 * connection the repair saved; each borrowed connection counts once per group.
 */
final class OkHttpPoolGroup {

    /** Enough for a client per request (one) and for a long-lived client borrowing a few; beyond, no more counts. */
    static final int MAX_BORROWED = 8;

    /** Identity hashes of the connections of other groups this group has used. */
    private final int[] borrowed = new int[MAX_BORROWED];
    private int count;

    /** True the first time this group uses the connection with this identity hash. */
    synchronized boolean firstBorrow(int connectionId) {
        for (int i = 0; i < count; i++) {
            if (borrowed[i] == connectionId) {
                return false;
            }
        }
        if (count == MAX_BORROWED) {
            return false;
        }
        borrowed[count++] = connectionId;
        return true;
    }
}
