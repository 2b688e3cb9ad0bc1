package dev.reuseagent.model;

import java.util.Locale;

/**
 * Why a connection ended. A cause recorded on close becomes the reason for the pool's next new connection to the
 * same origin, so every cause maps to the {@link Reason} of the same name.
 */
public enum CloseCause {
    SERVER_CLOSED(Reason.SERVER_CLOSED),
    IDLE_TIMEOUT(Reason.IDLE_TIMEOUT),
    STALE(Reason.STALE),
    BODY_NOT_CONSUMED(Reason.BODY_NOT_CONSUMED),
    APP_CLOSED(Reason.APP_CLOSED),
    POOL_FULL(Reason.POOL_FULL),
    REDIRECT(Reason.REDIRECT),
    AUTH_CHALLENGE(Reason.AUTH_CHALLENGE),
    /** An exchange on the connection failed on the wire (reset, early end of stream, read timeout). */
    FAILED(Reason.FAILED),
    UNKNOWN(Reason.UNKNOWN);

    private final Reason reason;
    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    CloseCause(Reason reason) {
        this.reason = reason;
    }

    public Reason asReason() {
        return reason;
    }

    public String label() {
        return label;
    }
}
