package dev.reuseagent.bench.startup;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The network part of the start-up probes ({@code urlconnection}, {@code all}), run inside the probe JVM: starts
 * a {@link LoopbackServer}, then for each client in turn makes the client's first request and prints one
 * {@link ProbeOutput} line with its in-process latency: System.nanoTime around building the client, the request
 * and reading the body. Class loaders, the loading of the small per-client adapter and closing the client are
 * outside that window.
 *
 * <p>Each library gets its own {@link URLClassLoader} (the library's jars plus this probe's jar, parent: the
 * platform class loader), the JDK clients run in the application class loader. So OkHttp 4.12 and 5.3 run in one
 * process, each with its own Kotlin and Okio, like two web applications in one container.
 */
public final class ClientProbe {

    private ClientProbe() {
    }

    /** @param clientIds in this order; the library jars are found under {@code -Dbench.root} */
    public static void run(String probe, String[] clientIds) throws Exception {
        List<StartupClient> clients = new ArrayList<>();
        for (String id : clientIds) {
            clients.add(StartupClient.byId(id));
        }
        URL probeJar = ClientProbe.class.getProtectionDomain().getCodeSource().getLocation();
        String root = System.getProperty("bench.root", ".");
        try (LoopbackServer server = LoopbackServer.start()) {
            String url = server.url();
            for (StartupClient client : clients) {
                ClassLoader loader = ClientProbe.class.getClassLoader();
                if (client.libDir != null) {
                    List<URL> urls = new ArrayList<>();
                    urls.add(probeJar);
                    for (Path jar : client.jars(Path.of(root))) {
                        urls.add(jar.toUri().toURL());
                    }
                    loader = new URLClassLoader("startup-" + client.id, urls.toArray(new URL[0]),
                            ClassLoader.getPlatformClassLoader());
                }
                Object adapter = Class.forName(client.firstRequestClass, true, loader).getConstructor()
                        .newInstance();
                @SuppressWarnings("unchecked")
                Function<String, Integer> firstRequest = (Function<String, Integer>) adapter;
                long start = System.nanoTime();
                int bytes = firstRequest.apply(url);
                long nanos = System.nanoTime() - start;
                ((AutoCloseable) adapter).close();
                if (bytes != LoopbackServer.BODY_LENGTH) {
                    throw new IllegalStateException(client.id + ": read " + bytes + " bytes, expected "
                            + LoopbackServer.BODY_LENGTH);
                }
                System.out.println(ProbeOutput.firstRequestLine(client.id, nanos, bytes));
            }
        }
        System.out.println(ProbeOutput.doneLine(probe));
    }
}
