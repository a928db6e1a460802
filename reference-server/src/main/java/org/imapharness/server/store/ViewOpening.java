package org.imapharness.server.store;

import java.util.List;

/**
 * What SELECT/EXAMINE report (RFC 3501 §6.3.1, RFC 7162 §3.1.2), taken atomically when the view
 * opened: EXISTS, RECENT, the first unseen sequence number (0 if none), UIDVALIDITY, UIDNEXT,
 * HIGHESTMODSEQ, FLAGS and PERMANENTFLAGS (empty for a read-only view).
 */
public record ViewOpening(long exists, long recent, long firstUnseen, long uidValidity, long uidNext,
                          long highestModSeq, List<String> flags, List<String> permanentFlags) {
    public ViewOpening {
        flags = List.copyOf(flags);
        permanentFlags = List.copyOf(permanentFlags);
    }
}
