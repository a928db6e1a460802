package org.imapharness.server.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.model.StatusItem;

/** The counters of STATUS (RFC 3501 §6.3.10) and HIGHESTMODSEQ (RFC 7162 §3.1.6), read atomically. */
public record MailboxStatus(long messages, long recent, long uidNext, long uidValidity, long unseen,
                            long highestModSeq) {

    MailboxStatus withUidNext(long value) {
        return new MailboxStatus(messages, recent, value, uidValidity, unseen, highestModSeq);
    }

    MailboxStatus withUnseen(long value) {
        return new MailboxStatus(messages, recent, uidNext, uidValidity, value, highestModSeq);
    }

    /** The requested items in request order, for {@code UntaggedResponse.StatusData}. */
    public Map<StatusItem, Long> items(List<StatusItem> requested) {
        Map<StatusItem, Long> out = new LinkedHashMap<>();
        for (StatusItem item : requested) {
            out.put(item, switch (item) {
                case MESSAGES -> messages;
                case RECENT -> recent;
                case UIDNEXT -> uidNext;
                case UIDVALIDITY -> uidValidity;
                case UNSEEN -> unseen;
                case HIGHESTMODSEQ -> highestModSeq;
            });
        }
        return out;
    }
}
