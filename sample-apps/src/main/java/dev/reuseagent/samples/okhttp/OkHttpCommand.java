package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;

/** The {@code okhttp <pattern>} subcommand. */
public final class OkHttpCommand {

    private OkHttpCommand() {
    }

    /** One help line per pattern: name and what it does. */
    public static String patternHelp() {
        return "";
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        throw new UsageException("okhttp: no patterns yet");
    }
}
