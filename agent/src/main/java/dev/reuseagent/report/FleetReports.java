package dev.reuseagent.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar reuse-agent.jar report}: the summary files of many JVMs merged into one table ranked by
 * avoidable new connections, or two sets compared ({@code --diff}) to show what a fix changed per origin.
 */
public final class FleetReports {

    private FleetReports() {
    }

    /** @throws IOException when a file cannot be read or is not a reuse-agent summary (the message says which) */
    public static String report(List<Path> summaries, boolean json) throws IOException {
        Fleet fleet = Fleet.read(summaries);
        return json ? FleetJson.report(fleet) : FleetText.report(fleet);
    }

    /** @throws IOException when a file cannot be read or is not a reuse-agent summary (the message says which) */
    public static String diff(List<Path> before, List<Path> after, boolean json) throws IOException {
        Fleet b = Fleet.read(before);
        Fleet a = Fleet.read(after);
        return json ? FleetJson.diff(b, a) : FleetText.diff(b, a);
    }
}
