package dev.reuseagent.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The site the agent must report for a sample line: found in the sample's source, so edits cannot stale it. */
final class SampleLine {

    private SampleLine() {
    }

    /** {@code dev.reuseagent.samples.<lib>.<cls>.get(<cls>.java:<line>)} for the first line containing {@code marker}. */
    static String of(ClientLib lib, String cls, String marker) throws IOException {
        return of(lib.command, cls, marker);
    }

    /** As above, for samples whose package is not their subcommand's name ({@code apache4-async}: {@code apache4async}). */
    static String of(String pkg, String cls, String marker) throws IOException {
        Path source = Paths.get(System.getProperty("sample.apps.classes")).resolve("../../src/main/java")
                .resolve("dev/reuseagent/samples/" + pkg + "/" + cls + ".java").normalize();
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return "dev.reuseagent.samples." + pkg + "." + cls + ".get(" + cls + ".java:" + (i + 1) + ")";
            }
        }
        throw new AssertionError("no line with " + marker + " in " + source);
    }
}
