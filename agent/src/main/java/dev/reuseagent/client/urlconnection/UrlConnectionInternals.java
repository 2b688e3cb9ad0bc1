package dev.reuseagent.client.urlconnection;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JDK internals the HttpURLConnection repairs read (and the one field disconnect's repair writes), reached by
 * reflection after {@code java.base} has opened their packages to the agent's own module, and to nothing else:
 * {@link Instrumentation#redefineModule} adds {@code opens sun.net, sun.net.www, sun.net.www.http, java.net} towards
 * the boot loader's unnamed module, where the agent's classes live. The application's module graph is unchanged.
 *
 * <p>Every member is looked up once, when the first repair runs (never while a class is being woven: loading
 * these classes from inside the weaver would start the slice again). Verified against OpenJDK 17.0.19 and Temurin
 * 25.0.3 sources:
 * <ul>
 *   <li>{@code sun.net.NetworkClient#serverSocket} ({@code protected Socket}): the connection's socket, whose
 *       {@code SO_TIMEOUT} bounds a drain's reads;</li>
 *   <li>{@code sun.net.www.MeteredStream#expected}, {@code #count} ({@code protected long}) and {@code #closed}
 *       ({@code protected boolean}): how much of a fixed-length body is left;</li>
 *   <li>{@code sun.net.www.http.HttpClient#isKeepingAlive()} (public final) and {@code #inCache}
 *       ({@code protected boolean}): whether finishing the body can return the connection, and whether it did;</li>
 *   <li>{@code sun.net.www.http.ChunkedInputStream#hurry()} (public): the JDK's own non-blocking attempt to reach
 *       the end of a chunked body, which its close makes first;</li>
 *   <li>{@code sun.net.www.http.KeepAliveStreamCleaner#MAX_DATA_REMAINING} ({@code int} in 17, {@code long} in 25):
 *       {@code http.KeepAlive.remainingData} in bytes, up to which the JDK drains a fixed-length body itself;</li>
 *   <li>{@code java.net.URLConnection#connected} ({@code protected boolean}), which {@code disconnect()} clears.</li>
 * </ul>
 */
final class UrlConnectionInternals {

    private final Field serverSocket;
    private final Field expected;
    private final Field count;
    private final Field meteredClosed;
    private final Field inCache;
    private final Method isKeepingAlive;
    private final Method hurry;
    private final Field connected;
    private final long jdkDrainLimit;

    private UrlConnectionInternals() throws ReflectiveOperationException {
        serverSocket = field("sun.net.NetworkClient", "serverSocket");
        expected = field("sun.net.www.MeteredStream", "expected");
        count = field("sun.net.www.MeteredStream", "count");
        meteredClosed = field("sun.net.www.MeteredStream", "closed");
        inCache = field("sun.net.www.http.HttpClient", "inCache");
        isKeepingAlive = method("sun.net.www.http.HttpClient", "isKeepingAlive");
        hurry = method("sun.net.www.http.ChunkedInputStream", "hurry");
        connected = field("java.net.URLConnection", "connected");
        jdkDrainLimit = field("sun.net.www.http.KeepAliveStreamCleaner", "MAX_DATA_REMAINING").getLong(null);
    }

    /**
     * Opens the packages to the agent's module and looks every member up.
     *
     * @throws Exception if this JVM refuses (an unmodifiable module) or a member is missing (a JDK not verified)
     */
    static UrlConnectionInternals open(Instrumentation instrumentation) throws Exception {
        if (instrumentation == null) {
            throw new IllegalStateException("no Instrumentation to open java.base with");
        }
        Module base = Object.class.getModule();
        Set<Module> agent = Set.of(UrlConnectionInternals.class.getModule());
        Map<String, Set<Module>> opens = new HashMap<>();
        opens.put("sun.net", agent);
        opens.put("sun.net.www", agent);
        opens.put("sun.net.www.http", agent);
        opens.put("java.net", agent);
        instrumentation.redefineModule(base, Set.of(), Map.of(), opens, Set.of(), Map.of());
        return new UrlConnectionInternals();
    }

    private static Field field(String className, String name) throws ReflectiveOperationException {
        Field f = Class.forName(className, false, null).getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(String className, String name) throws ReflectiveOperationException {
        Method m = Class.forName(className, false, null).getDeclaredMethod(name);
        m.setAccessible(true);
        return m;
    }

    /** The connection's socket, null once closed. */
    Socket socket(Object httpClient) throws IllegalAccessException {
        return (Socket) serverSocket.get(httpClient);
    }

    /** A KeepAliveStream's whole Content-Length. */
    long expected(Object stream) throws IllegalAccessException {
        return expected.getLong(stream);
    }

    /** What is left of a KeepAliveStream's body; 0 when closed. */
    long remaining(Object stream) throws IllegalAccessException {
        return meteredClosed.getBoolean(stream) ? 0 : expected.getLong(stream) - count.getLong(stream);
    }

    boolean keepingAlive(Object httpClient) throws ReflectiveOperationException {
        return (Boolean) isKeepingAlive.invoke(httpClient);
    }

    boolean inCache(Object httpClient) throws IllegalAccessException {
        return inCache.getBoolean(httpClient);
    }

    /** ChunkedInputStream#hurry(): true if what had already arrived ended the body (the connection is then back). */
    boolean hurry(Object chunkedStream) throws ReflectiveOperationException {
        return (Boolean) hurry.invoke(chunkedStream);
    }

    /** What disconnect() leaves behind when it had a connection: {@code connected = false}. */
    void markDisconnected(Object urlConnection) throws IllegalAccessException {
        connected.setBoolean(urlConnection, false);
    }

    /** {@code http.KeepAlive.remainingData} in bytes: fixed-length bodies up to this the JDK drains itself. */
    long jdkDrainLimit() {
        return jdkDrainLimit;
    }
}
