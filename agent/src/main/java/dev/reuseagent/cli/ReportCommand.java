package dev.reuseagent.cli;

import dev.reuseagent.report.FleetReports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** {@code report [--json] summary.json...} and {@code report --diff [--json] before.json after.json}. */
final class ReportCommand {

    static final String USAGE = "usage: java -jar reuse-agent.jar report [--json] summary.json...\n"
            + "       java -jar reuse-agent.jar report --diff [--json] before.json after.json\n";

    private ReportCommand() {
    }

    /** @return the exit status: 0, 1 when a file cannot be read, 2 for bad arguments */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean diff = false;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].equals("--diff")) {
                diff = true;
            } else if (args[i].startsWith("--")) {
                err.println("unknown report option '" + args[i] + "'");
                err.print(USAGE);
                return 2;
            } else {
                files.add(Paths.get(args[i]));
            }
        }
        if (files.isEmpty() || (diff && files.size() != 2)) {
            err.print(USAGE);
            return 2;
        }
        try {
            out.print(diff
                    ? FleetReports.diff(files.subList(0, 1), files.subList(1, 2), json)
                    : FleetReports.report(files, json));
            if (json) {
                out.println();
            }
            return 0;
        } catch (IOException e) {
            err.println("report: " + e.getMessage());
            return 1;
        }
    }
}
