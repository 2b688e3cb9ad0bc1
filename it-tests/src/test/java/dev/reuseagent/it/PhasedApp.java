package dev.reuseagent.it;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The child JVM of {@link DumpDetachTest}: requests in phases, each started by the test. Before phase k it waits
 * for the file {@code go-k} in its directory; after it, it writes {@code done-k}, so the test attaches, dumps and
 * detaches while the application is between requests and every count can be exact. Prints
 * {@code phase: k requests=<n> failed=<n> ms=<elapsed>} per phase.
 *
 * <pre>java -cp it-tests/target/test-classes dev.reuseagent.it.PhasedApp DIR URL REQUESTS-PER-PHASE...</pre>
 */
public final class PhasedApp {

    private PhasedApp() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        URL url = new URL(args[1]);
        for (int phase = 0; phase < args.length - 2; phase++) {
            int requests = Integer.parseInt(args[phase + 2]);
            Path go = dir.resolve("go-" + phase);
            while (phase > 0 && !Files.exists(go)) {
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            int failed = 0;
            for (int i = 0; i < requests; i++) {
                try {
                    HttpURLConnection c = (HttpURLConnection) url.openConnection();
                    try (InputStream in = c.getInputStream()) {
                        in.readAllBytes();
                    }
                } catch (Exception e) {
                    failed++;
                    System.out.println("phase: failed " + e);
                }
            }
            System.out.println("phase: " + phase + " requests=" + requests + " failed=" + failed + " ms="
                    + (System.nanoTime() - start) / 1_000_000);
            Files.writeString(dir.resolve("done-" + phase), "");
        }
    }
}
