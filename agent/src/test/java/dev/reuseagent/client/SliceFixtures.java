package dev.reuseagent.client;

import dev.reuseagent.report.ClientHints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the agent gathers from the client slices at start, for tests of the core that needs it. */
public final class SliceFixtures {

    private SliceFixtures() {
    }

    /** Every slice's library packages, as {@code SiteFinder} gets them. */
    public static List<String> libraryPackages() {
        List<String> packages = new ArrayList<>();
        for (ClientSlice slice : ClientSlices.all()) {
            packages.addAll(slice.libraryPackages());
        }
        return packages;
    }

    /** Every slice's hint texts by client name, as the summary gets them. */
    public static Map<String, ClientHints> hints() {
        Map<String, ClientHints> hints = new LinkedHashMap<>();
        for (ClientSlice slice : ClientSlices.all()) {
            hints.put(slice.name(), slice.hints());
        }
        return hints;
    }
}
