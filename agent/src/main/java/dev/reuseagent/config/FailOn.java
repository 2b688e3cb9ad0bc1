package dev.reuseagent.config;

import dev.reuseagent.model.Reason;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The reasons {@code failOn} forbids: a new connection with one of them makes the JVM end with
 * {@link #EXIT_STATUS} (the CI guard, docs/contracts.md §7.5).
 */
public final class FailOn {

    /** Distinct from the JVM's own statuses and from failFast's, so a build log tells them apart. */
    public static final int EXIT_STATUS = 86;

    /**
     * Every reason the application or its client configuration can fix. Not in it: {@code first-use} (some
     * connection is the first), {@code pool-busy} (a pool growing to the job's concurrency is healthy; name it
     * explicitly to forbid it), {@code server-closed} (the server's choice), {@code unknown}, and failures.
     */
    static final Set<Reason> AVOIDABLE = Collections.unmodifiableSet(EnumSet.of(Reason.NEW_CLIENT,
            Reason.BODY_NOT_CONSUMED, Reason.APP_CLOSED, Reason.IDLE_TIMEOUT, Reason.STALE, Reason.POOL_FULL,
            Reason.REDIRECT, Reason.AUTH_CHALLENGE));

    public static final FailOn NONE = new FailOn(EnumSet.noneOf(Reason.class), "none");

    private final Set<Reason> reasons;
    private final String text;

    private FailOn(Set<Reason> reasons, String text) {
        this.reasons = Collections.unmodifiableSet(reasons);
        this.text = text;
    }

    public boolean forbids(Reason reason) {
        return reasons.contains(reason);
    }

    public boolean isNone() {
        return reasons.isEmpty();
    }

    /** The reasons, in their declared order. */
    public Set<Reason> reasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return text;
    }

    /** none (or off), avoidable, or reason names joined by '+', in any mix. */
    static final class ParserOf implements Option.Parser<FailOn> {
        static final String ACCEPTED = "none, avoidable, or reason names joined by '+' (such as "
                + "new-client+body-not-consumed)";

        @Override
        public FailOn parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("none") || t.equals("off")) {
                return NONE;
            }
            EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
            for (String part : t.split("\\+", -1)) {
                String name = part.trim();
                if (name.equals("avoidable")) {
                    reasons.addAll(AVOIDABLE);
                    continue;
                }
                Reason reason = Reason.ofLabel(name);
                if (reason == null) {
                    throw new IllegalArgumentException(ACCEPTED);
                }
                reasons.add(reason);
            }
            return new FailOn(reasons, t);
        }
    }
}
