package dev.reuseagent.config;

import java.util.Locale;

/** Parsers of the enforcement options: the drain bound ({@code 100ms+4MiB}) and the shared pool size ({@code 8/64}). */
final class EnforceParsers {

    private EnforceParsers() {
    }

    static Option.Parser<DrainBound> drainBound() {
        return new DrainBoundParser();
    }

    static Option.Parser<PoolSize> poolSize() {
        return new PoolSizeParser();
    }

    /** {@code 4MiB}, {@code 512KiB}, {@code 100B}: the shortest exact form. */
    static String bytesText(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + "MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + "KiB";
        }
        return bytes + "B";
    }

    /** A time, a size, or both joined by '+', in either order; what is not given keeps its default. */
    private static final class DrainBoundParser implements Option.Parser<DrainBound> {
        private static final String ACCEPTED = "a time (0ms to 60s) and/or a size (0B to 1GiB) joined by '+', "
                + "such as 100ms+4MiB, 250ms or 1MiB";

        @Override
        public DrainBound parse(String text) {
            long nanos = DrainBound.DEFAULT.maxNanos();
            long bytes = DrainBound.DEFAULT.maxBytes();
            boolean timeSeen = false;
            boolean sizeSeen = false;
            for (String part : text.toLowerCase(Locale.ROOT).split("\\+", -1)) {
                String p = part.trim();
                long size = size(p);
                if (size >= 0 && !sizeSeen) {
                    bytes = size;
                    sizeSeen = true;
                    continue;
                }
                long time = nanos(p);
                if (time >= 0 && !timeSeen) {
                    nanos = time;
                    timeSeen = true;
                    continue;
                }
                throw new IllegalArgumentException(ACCEPTED);
            }
            return new DrainBound(nanos, bytes);
        }

        /** Nanoseconds for {@code 100ms} or {@code 2s}, at most 60 s; -1 if not a time. */
        private static long nanos(String p) {
            long value;
            if (p.endsWith("ms")) {
                value = number(p.substring(0, p.length() - 2), 60_000) * 1_000_000L;
            } else if (p.endsWith("s")) {
                value = number(p.substring(0, p.length() - 1), 60) * 1_000_000_000L;
            } else {
                return -1;
            }
            return value < 0 ? -1 : value;
        }

        /** Bytes for {@code 4MiB}, {@code 512KiB}, {@code 100B} (also MB/KB, read as binary), at most 1 GiB; -1 if not. */
        private static long size(String p) {
            long unit;
            int suffix;
            if (p.endsWith("mib") || p.endsWith("kib")) {
                unit = p.charAt(p.length() - 3) == 'm' ? 1024 * 1024 : 1024;
                suffix = 3;
            } else if (p.endsWith("mb") || p.endsWith("kb")) {
                unit = p.charAt(p.length() - 2) == 'm' ? 1024 * 1024 : 1024;
                suffix = 2;
            } else if (p.endsWith("b")) {
                unit = 1;
                suffix = 1;
            } else {
                return -1;
            }
            long n = number(p.substring(0, p.length() - suffix), (1L << 30) / unit);
            return n < 0 ? -1 : n * unit;
        }

        /** A whole number from 0 to max, or -1. */
        private static long number(String digits, long max) {
            if (digits.isEmpty() || digits.length() > 12) {
                return -1;
            }
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                    return -1;
                }
            }
            long n = Long.parseLong(digits);
            return n <= max ? n : -1;
        }
    }

    /** {@code client}, {@code perRoute}, or {@code perRoute/total}. */
    private static final class PoolSizeParser implements Option.Parser<PoolSize> {
        private static final String ACCEPTED = "client (each client's own default), or connections per route "
                + "optionally with a total, such as 8 or 8/64 (1 to 10000, total at least per route)";

        @Override
        public PoolSize parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("client")) {
                return PoolSize.CLIENT_DEFAULT;
            }
            int slash = t.indexOf('/');
            int perRoute = count(slash < 0 ? t : t.substring(0, slash));
            int total = slash < 0 ? 0 : count(t.substring(slash + 1));
            if (perRoute < 1 || (slash >= 0 && total < perRoute)) {
                throw new IllegalArgumentException(ACCEPTED);
            }
            return new PoolSize(perRoute, total);
        }

        private static int count(String digits) {
            if (digits.isEmpty() || digits.length() > 5) {
                return -1;
            }
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                    return -1;
                }
            }
            int n = Integer.parseInt(digits);
            return n <= 10_000 ? n : -1;
        }
    }
}
