package dev.reuseagent.track;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Short, stable, never reused names for library objects (pools, SSL factories): {@code prefix#1}, {@code prefix#2},
 * ... in the order they are first named. Unlike identity hash codes, a name is never given to a second object, so
 * a pool created per request cannot inherit the history of a collected one that happened to share its hash. The
 * objects are held weakly. Looked up only when a connection is opened or adopted, never on the reused path.
 */
public final class ObjectNames {

    private final String prefix;
    private final WeakIdentityMap<String> names = new WeakIdentityMap<>();
    private final AtomicLong count = new AtomicLong();

    public ObjectNames(String prefix) {
        this.prefix = prefix;
    }

    public String nameOf(Object object) {
        String name = names.get(object);
        if (name != null) {
            return name;
        }
        synchronized (names) {
            name = names.get(object);
            if (name == null) {
                name = prefix + "#" + count.incrementAndGet();
                names.put(object, name);
            }
            return name;
        }
    }
}
