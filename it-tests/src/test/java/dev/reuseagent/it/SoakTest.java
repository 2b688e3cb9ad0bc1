package dev.reuseagent.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The soak of issue 11's acceptance: at least 2 minutes of requests to many origins with {@code summaryInterval=1s},
 * and the heap after GC stays flat. Opt-in, since it takes about 3 minutes:
 * {@code mvn -B -o -pl it-tests test -Dtest=SoakTest -Dit.soak=true} ({@code -Dit.soak.seconds=N}, default 150).
 * The child ({@link SoakApp}) prints a heap-after-GC sample every 5 s; after a 30 s warm-up, the last three
 * samples must not exceed the first three by more than 20 % or 8 MiB, whichever is larger.
 */
@EnabledIfSystemProperty(named = "it.soak", matches = "true")
@Isolated // runs alone: see junit-platform.properties
class SoakTest {

    private static final int SERVERS = 10;
    private static final int THREADS = 8;
    private static final int WARM_UP_SECONDS = 30;
    private static final Pattern SAMPLE = Pattern.compile("soak: t=(\\d+) heap-after-gc-kb=(\\d+) requests=(\\d+)");

    @Test
    void heapAfterGcStaysFlatWithPeriodicSummaries() throws Exception {
        int seconds = Integer.getInteger("it.soak.seconds", 150);
        Jdk jdk = Jdk.matrix().get(0);
        List<TruthServer> servers = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(List.of(String.valueOf(seconds), String.valueOf(THREADS)));
            for (int i = 0; i < SERVERS; i++) {
                TruthServer server = TruthServer.http(TruthServer::small);
                servers.add(server);
                args.add(server.origin() + "/soak");
            }
            Path testClasses = Paths.get(SoakApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ChildJvm.Running running = new ChildJvm(jdk, "soak").agentOption("summaryInterval=1s")
                    .agentOption("log=off").jvmArg("-Xmx256m")
                    .classpath(List.of(testClasses), SoakApp.class.getName())
                    .start(args.toArray(new String[0]));
            long received = 0;
            while (running.process.isAlive()) {
                running.process.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
                for (TruthServer server : servers) {
                    received += server.drainRecorded(); // the test's own memory must not grow with the soak
                }
            }
            ChildJvm.Result run = running.finish(seconds + 90);
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stdout.contains("soak: done"), run::describe);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
            long requests = 0;
            for (TruthServer server : servers) {
                requests += server.drainRecorded();
            }
            long total = received + requests;
            assertTrue(total > 0, run::describe);

            List<long[]> samples = new ArrayList<>();
            Matcher m = SAMPLE.matcher(run.stdout);
            while (m.find()) {
                if (Long.parseLong(m.group(1)) >= WARM_UP_SECONDS) {
                    samples.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
                }
            }
            assertTrue(samples.size() >= 6, () -> "too few heap samples after warm-up\n" + run.describe());
            long early = median(samples.subList(0, 3));
            long late = median(samples.subList(samples.size() - 3, samples.size()));
            long allowed = Math.max(early / 5, 8 * 1024);
            System.out.println("soak: heap after GC " + early + " KiB after warm-up, " + late + " KiB at the end ("
                    + samples.size() + " samples, " + seconds + " s, " + total + " requests); " + run.stdout.lines()
                    .filter(l -> l.startsWith("soak: t=")).reduce((a, b) -> b).orElse(""));
            assertTrue(late <= early + allowed, () -> "heap after GC grew from " + early + " KiB to " + late
                    + " KiB (allowed +" + allowed + " KiB)\n" + run.stdout);
        } finally {
            for (TruthServer server : servers) {
                server.close();
            }
        }
    }

    private static long median(List<long[]> three) {
        long[] values = three.stream().mapToLong(s -> s[1]).sorted().toArray();
        return values[values.length / 2];
    }
}
