package dev.reuseagent.cli;

import dev.reuseagent.StartOutcome;
import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.config.Options;

import java.io.PrintStream;

/** {@code java -jar reuse-agent.jar help | attach <pid> [options] | dump <pid> | detach <pid> | report ...}. */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "help":
            case "--help":
            case "-h":
                out.print(usage());
                out.println();
                out.print(Options.helpText());
                out.println();
                out.println("client names for enforce: " + String.join(", ", ClientSlices.enforceNames()));
                return 0;
            case "attach":
                if (args.length < 2 || args.length > 3) {
                    err.println("usage: java -jar reuse-agent.jar attach <pid> [key=value,key=value]");
                    return 2;
                }
                return attach(args[1], args.length == 3 ? args[2] : "", out, err);
            case "report":
                return ReportCommand.run(args, out, err);
            case "dump":
            case "detach":
                return RunningAgentCommand.run(args, out, err);
            default:
                err.println("unknown command '" + command + "'");
                err.print(usage());
                return 2;
        }
    }

    private static String usage() {
        return "usage: java -jar reuse-agent.jar help              print every option\n"
                + "       java -jar reuse-agent.jar attach <pid> [options]  attach to a running JVM\n"
                + "       java -jar reuse-agent.jar dump <pid> [--json file|-]  the summary of a JVM the agent runs in\n"
                + "       java -jar reuse-agent.jar detach <pid>  take the agent out of that JVM again\n"
                + "       java -jar reuse-agent.jar report [--json] summary.json...  merge many JVMs' summaryFiles\n"
                + "       java -jar reuse-agent.jar report --diff [--json] before.json after.json  what a fix changed\n"
                + "       java -javaagent:reuse-agent.jar[=key=value,...] -jar app.jar\n";
    }

    /**
     * Loads the agent into JVM {@code pid}, then reads back what it did there ({@link AttachOutcome}) and exits
     * with that: 0 started, 3 options refused, 4 already running, 5 could not start, 1 no attach or no answer.
     */
    private static int attach(String pid, String options, PrintStream out, PrintStream err) {
        StartOutcome outcome;
        try {
            outcome = new TargetJvm(pid).attach(options);
        } catch (Exception | LinkageError e) {
            err.println("could not attach to " + pid + ": " + e);
            return 1;
        }
        return report(pid, outcome, out, err);
    }

    private static int report(String pid, StartOutcome outcome, PrintStream out, PrintStream err) {
        if (outcome == null) {
            err.println("reuse-agent was loaded into " + pid + " but did not say whether it started (an older"
                    + " version may already run there): see that JVM's log");
            return 1;
        }
        String[] lines = outcome.message().split("\n");
        switch (outcome.kind()) {
            case STARTED:
                out.println("reuse-agent attached to " + pid + "; its output appears in that JVM's log: " + lines[0]);
                break;
            case DISABLED:
                out.println("reuse-agent attached to " + pid + " but stays off there: " + lines[0]);
                break;
            default:
                String what = outcome.kind() == StartOutcome.Kind.REFUSED ? "refused its options in "
                        : outcome.kind() == StartOutcome.Kind.ALREADY_RUNNING ? "was not attached again to "
                        : "could not start in ";
                for (String line : lines) {
                    err.println("reuse-agent " + what + pid + ": " + line);
                }
        }
        return outcome.kind().exitStatus();
    }
}
