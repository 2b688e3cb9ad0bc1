package dev.reuseagent.cli;

import dev.reuseagent.StartOutcome;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * {@code dump <pid> [--json file|-]} and {@code detach <pid>}: commands for an agent already running in another
 * JVM. Exit statuses: 0 done, 1 no attach or no answer, 2 usage, 6 the agent does not run there.
 */
final class RunningAgentCommand {

    static final String USAGE = "usage: java -jar reuse-agent.jar dump <pid> [--json file|-]\n"
            + "       java -jar reuse-agent.jar detach <pid>\n";

    private RunningAgentCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean dump = args[0].equals("dump");
        boolean wellFormed = dump ? args.length == 2 || (args.length == 4 && args[2].equals("--json"))
                : args.length == 2;
        if (!wellFormed) {
            err.print(USAGE);
            return 2;
        }
        String pid = args[1];
        String jsonFile = args.length == 4 ? args[3] : null;
        TargetJvm target = new TargetJvm(pid);
        StartOutcome outcome;
        try {
            outcome = target.command(!dump ? "detach" : jsonFile == null ? "dump" : "dump-json");
            if (dump && outcome != null) {
                target.command("forget"); // the dump may be large: it does not stay among that JVM's properties
            }
        } catch (Exception | LinkageError e) {
            err.println("could not attach to " + pid + ": " + e);
            return 1;
        }
        if (outcome == null) {
            err.println("no answer from " + pid + " (an older reuse-agent may run there): see that JVM's log");
            return 1;
        }
        switch (outcome.kind()) {
            case DUMPED:
                return dump(outcome.message(), jsonFile, out, err);
            case DETACHED:
                out.println(outcome.message() + " (in " + pid + ")");
                return 0;
            default:
                err.println("reuse-agent in " + pid + ": " + outcome.message());
                return outcome.kind().exitStatus();
        }
    }

    private static int dump(String summary, String jsonFile, PrintStream out, PrintStream err) {
        if (jsonFile == null || jsonFile.equals("-")) {
            out.println(summary);
            return 0;
        }
        Path file = Paths.get(jsonFile);
        try {
            Files.write(file, (summary + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("could not write " + file + ": " + e);
            return 1;
        }
        out.println("summary written to " + file);
        return 0;
    }
}
