package dev.reuseagent.it;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link SoakTest}: HttpURLConnection requests to many origins on several threads for a given
 * time, every fourth request ending in {@code disconnect()} so connections keep opening and closing, and a
 * heap-after-GC sample printed every few seconds: {@code soak: t=<s> heap-after-gc-kb=<n> requests=<n>}.
 *
 * <pre>java -cp it-tests/target/test-classes dev.reuseagent.it.SoakApp SECONDS THREADS BASE_URL...</pre>
 */
public final class SoakApp {

    private static final int SAMPLE_EVERY_SECONDS = 5;
    /** Between two requests of a thread: enough load to churn, not so much that the servers' records pile up. */
    private static final long PAUSE_MS = 5;

    private SoakApp() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<URL> origins = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            // each server twice: by address and by name, two origins (and two pools) for one endpoint
            origins.add(new URL(args[i]));
            origins.add(new URL(args[i].replace("127.0.0.1", "localhost")));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] done = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    try {
                        get(origins.get((int) ((n * 7 + index) % origins.size())), n % 4 == 3);
                    } catch (IOException e) {
                        System.out.println("soak: failed " + e);
                    }
                    done[index] = ++n;
                    pause();
                }
            }, "soak-" + t);
            workers.add(worker);
            worker.start();
        }
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            Thread.sleep(SAMPLE_EVERY_SECONDS * 1000L);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long requests = 0;
            for (long d : done) {
                requests += d;
            }
            System.out.println("soak: t=" + (System.nanoTime() - start) / 1_000_000_000L + " heap-after-gc-kb="
                    + heap / 1024 + " requests=" + requests);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println("soak: done");
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void get(URL url, boolean disconnect) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        try (InputStream body = connection.getInputStream()) {
            body.readAllBytes();
        }
        if (disconnect) {
            connection.disconnect();
        }
    }
}
