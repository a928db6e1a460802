package org.imapharness.protocol.model;

/** STATUS data items (RFC 3501 §6.3.10; HIGHESTMODSEQ from RFC 7162 §3.1.6). */
public enum StatusItem {
    MESSAGES, RECENT, UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ;

    public String wire() {
        return name();
    }
}
