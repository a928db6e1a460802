package org.imapharness.core.sync;

/**
 * The rules the sync checker enforces, each with the RFC section it comes from and its level.
 * A {@link Violation} names one. Rules about what a device is told are checked on each response
 * as it arrives; rules about convergence are checked after a device has synchronised.
 */
public enum Rule {
    UID_ASCENDING("RFC 3501 §2.3.1.1", "MUST",
            "a new message's UID is above every UID assigned before in the mailbox under the same UIDVALIDITY"),
    UIDNEXT_ABOVE_UIDS("RFC 3501 §2.3.1.1", "MUST",
            "UIDNEXT is above every UID assigned in the mailbox and never goes down"),
    EXISTS_NOT_DECREASING("RFC 3501 §5.2, §7.3.1", "MUST",
            "EXISTS never reduces the message count: only EXPUNGE may"),
    SEQUENCE_IN_RANGE("RFC 3501 §7.4.1, §7.4.2", "MUST",
            "EXPUNGE and FETCH responses name a message sequence number the client holds"),
    EXPUNGE_WHEN_ALLOWED("RFC 3501 §7.4.1", "MUST",
            "no EXPUNGE (or VANISHED) while no command is in progress or while FETCH, STORE or SEARCH is answered"),
    EXPUNGE_REPORTS_REMOVED("RFC 3501 §6.4.3, §7.4.1", "MUST",
            "EXPUNGE reports exactly the messages it removed, numbered as each earlier removal left them"),
    SIZE_UPDATE("RFC 3501 §5.2, §7.3.1", "MUST",
            "after a poll the client holds as many messages as the mailbox, with the same UIDs in order"),
    FLAG_UPDATE("RFC 3501 §5.2, §7.4.2", "SHOULD",
            "after a poll the client holds the flags every message has on the server"),
    IDLE_PUSH("RFC 2177 §3; RFC 3501 §5.2", "MUST",
            "a client in IDLE is told of a change to its mailbox without asking, within the push timeout"),
    MODSEQ_INCREASES("RFC 7162 §3.1.1, §3.1.2", "MUST",
            "every change gives the message a MODSEQ above any before, and HIGHESTMODSEQ never goes down"),
    QRESYNC_RESYNCS("RFC 7162 §3.2.5", "MUST",
            "SELECT with QRESYNC reports every change and expunge missed since the given mod-sequence"),
    STATIC_DATA_FIXED("RFC 3501 §2.3.3-§2.3.6", "MUST",
            "a message's size, internal date, envelope and body structure never change, copies included"),
    SERVER_KEEPS_CHANGES("RFC 3501 §6.3.11, §6.4.6-§6.4.8; RFC 6851 §3.3", "MUST",
            "the mailbox holds exactly what the completed commands made of it");

    private final String rfc;
    private final String level;
    private final String text;

    Rule(String rfc, String level, String text) {
        this.rfc = rfc;
        this.level = level;
        this.text = text;
    }

    /** The section(s), e.g. {@code RFC 3501 §7.4.1}. */
    public String rfc() {
        return rfc;
    }

    /** MUST or SHOULD. */
    public String level() {
        return level;
    }

    /** The rule in our words. */
    public String text() {
        return text;
    }

    /** Tags in the harness's convention, e.g. {@code rfc3501-7.4.1}. */
    public java.util.List<String> tags() {
        java.util.List<String> tags = new java.util.ArrayList<>();
        String rfcNumber = null;
        for (String part : rfc.split("[;,]")) {
            var m = java.util.regex.Pattern.compile("(?:RFC (\\d+) )?§([\\d.]+)").matcher(part.strip());
            if (m.find()) {
                rfcNumber = m.group(1) != null ? m.group(1) : rfcNumber;
                tags.add("rfc" + rfcNumber + "-" + m.group(2));
            }
        }
        tags.add(level);
        return tags;
    }
}
