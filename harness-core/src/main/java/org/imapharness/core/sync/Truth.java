package org.imapharness.core.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mailbox as the server shows it to a fresh look (the auditor's EXAMINE and UID FETCH), which
 * every device's view must converge to.
 *
 * @param uids          UIDs in sequence-number order
 * @param statics       per UID: size, internal date, envelope and body structure as one comparable text
 * @param highestModSeq 0 without CONDSTORE
 */
record Truth(String folder, long uidValidity, long uidNext, long highestModSeq, List<Long> uids,
             Map<Long, Set<String>> flags, Map<Long, Long> modSeqs, Map<Long, StaticData> statics) {

    /** What RFC 3501 §2.3 says never changes about a message. */
    record StaticData(long size, String internalDate, String envelope, String structure) {
        /** The parts that copies share with their original (the internal date SHOULD be kept, §6.4.7, not MUST). */
        String content() {
            return size + "|" + envelope + "|" + structure;
        }
    }

    int sequenceOf(long uid) {
        return uids.indexOf(uid) + 1;
    }
}
