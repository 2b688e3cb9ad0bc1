package dev.reuseagent.cli;

import dev.reuseagent.client.ClientSlices;
import dev.reuseagent.config.Options;

import java.io.File;
import java.io.PrintStream;

/** {@code java -jar reuse-agent.jar help | attach <pid> [options] | report ...}. */
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
            default:
                err.println("unknown command '" + command + "'");
                err.print(usage());
                return 2;
        }
    }

    private static String usage() {
        return "usage: java -jar reuse-agent.jar help              print every option\n"
                + "       java -jar reuse-agent.jar attach <pid> [options]  attach to a running JVM\n"
                + "       java -jar reuse-agent.jar report [--json] summary.json...  merge many JVMs' summaryFiles\n"
                + "       java -jar reuse-agent.jar report --diff [--json] before.json after.json  what a fix changed\n"
                + "       java -javaagent:reuse-agent.jar[=key=value,...] -jar app.jar\n";
    }

    private static int attach(String pid, String options, PrintStream out, PrintStream err) {
        try {
            String jar = new File(Cli.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
            com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(pid);
            try {
                vm.loadAgent(jar, options);
            } finally {
                vm.detach();
            }
            out.println("reuse-agent attached to " + pid + "; its output appears in that JVM's log");
            return 0;
        } catch (Exception | LinkageError e) {
            err.println("could not attach to " + pid + ": " + e);
            return 1;
        }
    }
}
