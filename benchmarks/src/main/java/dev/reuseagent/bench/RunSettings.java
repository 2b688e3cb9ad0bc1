package dev.reuseagent.bench;

/** The run settings, from system properties (see the class comment of {@link HotPathBenchmark}). */
final class RunSettings {
    final int warmup = Integer.getInteger("bench.warmup", 8);
    final int iterations = Integer.getInteger("bench.iterations", 10);
    final String time = System.getProperty("bench.time", "1s");
    final String warmupTime = System.getProperty("bench.warmupTime", "2s");
    final int rounds = Integer.getInteger("bench.rounds", 4);
    final int serverThreads = Integer.getInteger("bench.serverThreads", 0);
    final ForkPinning pinning = ForkPinning.create(System.getProperty("bench.cpus", "off"));
    final int forks = Integer.getInteger("bench.forks", 1);
    final String[] jvmArgs = splitArgs(System.getProperty("bench.jvmArgs", "-Xms512m -Xmx512m"));
    final boolean profile = !"off".equalsIgnoreCase(System.getProperty("bench.profile", "on"));
    final String profilePeriod = System.getProperty("bench.profilePeriod", "1ms");

    private RunSettings() {
    }

    static RunSettings fromSystemProperties() {
        return new RunSettings();
    }

    private static String[] splitArgs(String s) {
        String trimmed = s.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }
}
