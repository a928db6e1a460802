package org.imapharness.server.store;

/**
 * A store operation refused or failed; {@link #reason()} tells the command layer which tagged
 * response to send (e.g. NONEXISTENT → {@code NO [TRYCREATE]} for APPEND/COPY, RFC 3501 §6.3.11).
 * Nothing was changed when this is thrown.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The mailbox does not exist (or is \Noselect where messages are needed). */
        NONEXISTENT,
        ALREADY_EXISTS,
        /** Bad mailbox name: empty component, wildcard, leading delimiter. */
        INVALID_NAME,
        /** Refused by the rules: deleting INBOX, renaming into oneself, deleting a \Noselect parent. */
        NOT_ALLOWED,
        /** A sequence number beyond the session's view (RFC 3501 §9 seq-number). */
        INVALID_SEQUENCE,
        /** The change could not be made durable; it did not happen. */
        IO
    }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
