package dev.reuseagent.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A path the agent will write ({@code logFile}, {@code summaryFile}, {@code events}): checked when the agent starts, so
 * a typo is one clear line then, not an error at exit.
 */
final class WritableFileParser implements Option.Parser<Path> {
    @Override
    public Path parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a path to a writable file");
        }
        Path path = Paths.get(Parsers.withPid(text)).toAbsolutePath();
        Path parent = path.getParent();
        if (Files.isDirectory(path)
                || (Files.exists(path) && !Files.isWritable(path))
                || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)
                || !opens(path)) {
            throw new IllegalArgumentException("a path to a writable file in an existing, writable directory");
        }
        return path;
    }

    /**
     * Whether the file can really be opened for writing: permissions alone do not tell (a path under /proc passes
     * them and fails on open). An existing file is opened for append and left as it was; a new one is created and
     * removed again, so a file the agent writes only at exit does not appear at start.
     */
    private static boolean opens(Path path) {
        boolean existed = Files.exists(path);
        try (java.io.OutputStream out = Files.newOutputStream(path, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            out.flush();
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        if (!existed) {
            try {
                Files.deleteIfExists(path);
            } catch (java.io.IOException e) {
                // it stays, empty; the agent writes it later anyway
            }
        }
        return true;
    }
}
