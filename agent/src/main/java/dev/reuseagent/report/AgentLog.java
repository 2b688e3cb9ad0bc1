package dev.reuseagent.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleLogger;

import java.nio.file.Path;

/**
 * The agent's own logger: relocated slf4j-simple, configured through its (relocated, hence private) system
 * properties before first use, so neither the application's logging setup nor its slf4j-simple settings can
 * change it, and it changes neither. Timestamp and thread come from the logger.
 */
public final class AgentLog {

    /** Every line starts with this, so that one grep finds them all. */
    public static final String PREFIX = "[reuse-agent] ";

    private static volatile Logger logger;

    private AgentLog() {
    }

    /** Configures the logger: to {@code logFile}, or stderr when null. Call once, before any logging. */
    public static synchronized void init(Path logFile) {
        if (logger != null) {
            return;
        }
        System.setProperty(SimpleLogger.LOG_FILE_KEY, logFile == null ? "System.err" : logFile.toString());
        System.setProperty(SimpleLogger.SHOW_DATE_TIME_KEY, "true");
        System.setProperty(SimpleLogger.DATE_TIME_FORMAT_KEY, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        System.setProperty(SimpleLogger.SHOW_THREAD_NAME_KEY, "true");
        System.setProperty(SimpleLogger.SHOW_LOG_NAME_KEY, "false");
        System.setProperty(SimpleLogger.SHOW_SHORT_LOG_NAME_KEY, "false");
        System.setProperty(SimpleLogger.DEFAULT_LOG_LEVEL_KEY, "info");
        logger = LoggerFactory.getLogger("reuse-agent");
    }

    public static void info(String message) {
        Logger l = logger;
        if (l != null) {
            l.info(PREFIX + message);
        } else {
            System.err.println(PREFIX + message);
        }
    }

    public static void warn(String message) {
        Logger l = logger;
        if (l != null) {
            l.warn(PREFIX + message);
        } else {
            System.err.println(PREFIX + message);
        }
    }
}
