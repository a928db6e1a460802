package org.imapharness.protocol.mailbox;

/** A mailbox name that is not valid modified UTF-7 (RFC 3501 §5.1.3), with where and why. */
public final class ModifiedUtf7Exception extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String reason;

    public ModifiedUtf7Exception(int position, String reason) {
        super("invalid modified UTF-7 at position " + position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** Index (in chars of the wire form) of the offending character or shift sequence. */
    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
