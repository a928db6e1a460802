package org.imapharness.protocol.model;

/**
 * The system flags of RFC 3501 §2.3.2 as they appear on the wire. Flags are carried as
 * plain strings in the model because keywords are open-ended atoms; system flags compare
 * case-insensitively, which {@link #equalFlags(String, String)} implements.
 */
public final class Flags {
    public static final String SEEN = "\\Seen";
    public static final String ANSWERED = "\\Answered";
    public static final String FLAGGED = "\\Flagged";
    public static final String DELETED = "\\Deleted";
    public static final String DRAFT = "\\Draft";
    public static final String RECENT = "\\Recent";
    /** In PERMANENTFLAGS only: the client may create new keywords (RFC 3501 §7.1). */
    public static final String ANY_KEYWORD = "\\*";

    private Flags() {
    }

    /** Flag names are case-insensitive (RFC 3501 §2.3.2, §9 atoms). */
    public static boolean equalFlags(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    public static boolean isSystemFlag(String flag) {
        return flag.startsWith("\\");
    }
}
