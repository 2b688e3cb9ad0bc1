package dev.reuseagent.enforce;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.report.AgentLog;
import dev.reuseagent.report.EnforcedCount;
import dev.reuseagent.track.SiteFinder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's enforcement, handed to its slice when {@code enforce=} names the client: the bounds the repairs
 * keep to, and the ledger of what they did. A slice calls {@link #applied} each time a repair changes something
 * (logged once per repair and code site), {@link #avoided} for each new connection a repair saved (counted when a
 * connection is reused that would not have been without it, never estimated), and {@link #notApplied} when it had
 * to leave a client as it was.
 *
 * <p>Thread-safe; called from the application's threads, off the reused path except for {@link #avoided}.
 */
public final class Enforcement {

    /** Distinct code sites remembered per repair; further sites are counted under {@code other}. */
    static final int MAX_SITES = 100;
    private static final String OTHER_SITE = "other";

    private final String client;
    private final String enforceName;
    private final SiteFinder sites;
    private final DrainBound drain;
    private final PoolSize poolSize;
    private final Map<String, Repair> repairs = new LinkedHashMap<>();
    private final List<String> notApplied = new ArrayList<>();

    /**
     * @param client      the client's name in the output ({@code okhttp}, {@code apache5})
     * @param enforceName the {@code enforce=} name that switched this on ({@code apache} for both Apache slices)
     */
    public Enforcement(String client, String enforceName, SiteFinder sites, DrainBound drain, PoolSize poolSize) {
        this.client = client;
        this.enforceName = enforceName;
        this.sites = sites;
        this.drain = drain;
        this.poolSize = poolSize;
    }

    public String client() {
        return client;
    }

    public DrainBound drain() {
        return drain;
    }

    public PoolSize poolSize() {
        return poolSize;
    }

    /**
     * A repair changed something at the application's current code site. The first time per repair and site the
     * log says so: {@code enforce okhttp shared-pool at com.acme.Export.fetch(Export.java:42): <effect>
     * (enforce=okhttp)}.
     *
     * @param repair its name, such as {@code shared-pool} or {@code drain}
     * @param effect what the repair did, in a few words, for the log line
     * @param fix    the change to the code that makes the repair unnecessary, for the summary's hint
     */
    public void applied(String repair, String effect, String fix) {
        applied(repair, effect, fix, sites.find());
    }

    /**
     * {@link #applied(String, String, String)} at a known site (null: none found).
     *
     * @return true if this was the repair's first time at that site: the log line was written
     */
    boolean applied(String repair, String effect, String fix, String site) {
        String where = site == null ? "(no application frame)" : site;
        boolean first;
        synchronized (this) {
            first = repair(repair, fix).applied(where);
        }
        if (first) {
            AgentLog.info(appliedLine(repair, where, effect));
        }
        return first;
    }

    /** {@code enforce okhttp shared-pool at <site>: <effect> (enforce=okhttp)}, after the log's own prefix. */
    String appliedLine(String repair, String site, String effect) {
        return "enforce " + client + " " + repair + " at " + site + ": " + effect + " (enforce=" + enforceName + ")";
    }

    /** A new connection that a repair saved: the connection was reused where it would have been closed or unshared. */
    public synchronized void avoided(String repair) {
        repair(repair, null).avoided++;
    }

    /**
     * A repair left a client or a body as it was; logged and kept for the summary once per distinct reason.
     *
     * @return true if the reason is new: it was logged
     */
    public boolean notApplied(String repair, String why) {
        String note = "enforce " + client + " " + repair + " not applied: " + why;
        synchronized (this) {
            if (notApplied.contains(note) || notApplied.size() >= MAX_SITES) {
                return false;
            }
            notApplied.add(note);
        }
        AgentLog.warn(note);
        return true;
    }

    private Repair repair(String name, String fix) {
        Repair repair = repairs.get(name);
        if (repair == null) {
            repair = new Repair(name);
            repairs.put(name, repair);
        }
        if (fix != null) {
            repair.fix = fix;
        }
        return repair;
    }

    /** What the summary shows: one entry per repair that ran, and the reasons repairs were not applied. */
    public synchronized List<EnforcedCount> counts() {
        List<EnforcedCount> counts = new ArrayList<>();
        for (Repair r : repairs.values()) {
            counts.add(new EnforcedCount(client, enforceName, r.name, r.applied, r.avoided, r.fix,
                    new LinkedHashMap<>(r.sites)));
        }
        return counts;
    }

    public synchronized List<String> notAppliedNotes() {
        return new ArrayList<>(notApplied);
    }

    /** The ledger of one repair. */
    private static final class Repair {
        final String name;
        final Map<String, Long> sites = new LinkedHashMap<>();
        long applied;
        long avoided;
        String fix;

        Repair(String name) {
            this.name = name;
        }

        /** Counts one application at {@code site}; true if the site is new. */
        boolean applied(String site) {
            applied++;
            Long count = sites.get(site);
            if (count == null && sites.size() >= MAX_SITES) {
                site = OTHER_SITE;
                count = sites.get(site);
            }
            sites.put(site, count == null ? 1L : count + 1);
            return count == null && !site.equals(OTHER_SITE);
        }
    }
}
