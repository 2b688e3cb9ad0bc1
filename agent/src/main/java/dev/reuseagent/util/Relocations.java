package dev.reuseagent.util;

/**
 * The relocated copies of known clients found in this JVM: each maps a library's package
 * ({@code org.apache.http.}) to the package a product moved it to ({@code org.apache.maven.wagon.providers.http.
 * httpclient.}). Code that recognises a library class by its NAME (a close cause read from the stack, a pool's
 * class) asks here, so it recognises the relocated copy too. Usually empty: then each question is one volatile read.
 *
 * <p>Filled when a relocated copy's classes are about to be woven (before any of its code runs with hooks), never
 * emptied; a handful of entries at most.
 */
public final class Relocations {

    /** Pairs {@code from0, to0, from1, to1, ...} in binary form with a trailing dot; replaced, never changed. */
    private static volatile String[] pairs = new String[0];

    private Relocations() {
    }

    /** Records that the package {@code from} (binary, trailing dot) is also found relocated to {@code to}. */
    public static synchronized void add(String from, String to) {
        String[] now = pairs;
        for (int i = 0; i < now.length; i += 2) {
            if (now[i].equals(from) && now[i + 1].equals(to)) {
                return;
            }
        }
        String[] next = new String[now.length + 2];
        System.arraycopy(now, 0, next, 0, now.length);
        next[now.length] = from;
        next[now.length + 1] = to;
        pairs = next;
    }

    /**
     * The name a class has in the library it was relocated from ({@code org.apache.http.impl.conn.CPool} for
     * {@code com.acme.shaded.org.apache.http.impl.conn.CPool}); any other name as it is.
     */
    public static String original(String className) {
        String[] now = pairs;
        for (int i = 0; i < now.length; i += 2) {
            if (className.startsWith(now[i + 1])) {
                return now[i].concat(className.substring(now[i + 1].length()));
            }
        }
        return className;
    }

    /**
     * The name the library class {@code libraryName} has in the same copy as {@code sameCopy} (a class of the copy,
     * or of the library itself): what to hand {@code Class.forName} with the copy's loader. {@code libraryName}
     * itself when {@code sameCopy} is not of a known relocated copy.
     */
    public static String inCopyOf(Class<?> sameCopy, String libraryName) {
        String name = sameCopy.getName();
        String[] now = pairs;
        for (int i = 0; i < now.length; i += 2) {
            if (name.startsWith(now[i + 1]) && libraryName.startsWith(now[i])) {
                return now[i + 1].concat(libraryName.substring(now[i].length()));
            }
        }
        return libraryName;
    }

    /** Whether {@code className} is the class {@code original} or a relocated copy of it; allocates nothing. */
    public static boolean is(String className, String original) {
        if (className.equals(original)) {
            return true;
        }
        String[] now = pairs;
        for (int i = 0; i < now.length; i += 2) {
            String from = now[i];
            String to = now[i + 1];
            int rest = original.length() - from.length();
            if (className.length() - to.length() == rest && original.startsWith(from) && className.startsWith(to)
                    && className.regionMatches(to.length(), original, from.length(), rest)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class name starts with one of the relocated packages: library code, not the application's. */
    public static boolean isRelocated(String className) {
        String[] now = pairs;
        for (int i = 1; i < now.length; i += 2) {
            if (className.startsWith(now[i])) {
                return true;
            }
        }
        return false;
    }
}
