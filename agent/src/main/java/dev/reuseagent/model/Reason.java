package dev.reuseagent.model;

import java.util.Locale;

/**
 * Why a new connection was opened (contract: the names are part of the output, docs/contracts.md §3.1).
 * {@code redirect} and {@code auth-challenge} extend the original table: HttpURLConnection closes the connection
 * when it follows a redirect or answers a 401/407 challenge on a new connection. {@code failed} extends it too:
 * the last connection ended because an exchange on it failed on the wire (a reset, the stream ending inside a
 * response, no answer within the client's read timeout), the server's or the network's doing.
 */
public enum Reason {
    FIRST_USE, NEW_CLIENT, POOL_BUSY, SERVER_CLOSED, IDLE_TIMEOUT, STALE, BODY_NOT_CONSUMED, APP_CLOSED, POOL_FULL,
    REDIRECT, AUTH_CHALLENGE, FAILED, UNKNOWN;

    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The reason printed as {@code label}, or null for a name that is no reason. */
    public static Reason ofLabel(String label) {
        for (Reason r : values()) {
            if (r.label.equals(label)) {
                return r;
            }
        }
        return null;
    }

    /** The name as printed: {@code first-use}, {@code new-client}, ... */
    public String label() {
        return label;
    }
}
