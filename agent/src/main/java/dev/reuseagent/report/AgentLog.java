package dev.reuseagent.report;

import dev.reuseagent.util.SafeText;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The agent's own logger: one line per message, {@code 2026-12-01T15:10:28.090Z [thread] INFO [reuse-agent] ...},
 * to stderr or appended to {@code logFile}. Written by hand rather than through a logging library: a library's
 * start-up (service lookup, configuration, its date formatting) cost more than the rest of the agent's start
 * together, in every JVM, and neither the application's logging setup can change these lines nor can the agent
 * change the application's.
 */
public final class AgentLog {

    /** Every line starts with this, so that one grep finds them all. */
    public static final String PREFIX = "[reuse-agent] ";

    /** The log file, or null for stderr (looked up at each line, as the application may replace System.err). */
    private static volatile PrintStream file;

    private AgentLog() {
    }

    /**
     * Sends the lines to {@code logFile} (appended), or keeps them on stderr when null or when the file cannot be
     * opened (said on stderr).
     */
    public static synchronized void init(Path logFile) {
        if (logFile == null || file != null) {
            return;
        }
        try {
            OutputStream out = new FileOutputStream(logFile.toFile(), true);
            file = new PrintStream(out, true, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println(PREFIX + "could not open logFile " + logFile + ", logging to stderr: " + e);
        }
    }

    public static void info(String message) {
        write("INFO", message);
    }

    public static void warn(String message) {
        write("WARN", message);
    }

    private static void write(String level, String message) {
        StringBuilder line = new StringBuilder(64 + message.length());
        UtcTimestamp.append(line, System.currentTimeMillis());
        // The thread name is the application's; the message's parts from outside were escaped where they were
        // put in, and escaping it once more here keeps any format character that slipped through out of the log.
        line.append(" [").append(SafeText.text(Thread.currentThread().getName())).append("] ").append(level)
                .append(' ').append(PREFIX).append(SafeText.lines(message));
        PrintStream out = file;
        (out != null ? out : System.err).println(line);
    }
}
