package org.imapharness.core.sync;

import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The response codes a SELECT or EXAMINE reply carries that sync checks compare across devices
 * (RFC 3501 §6.3.1, RFC 7162 §3.1.2.1); 0 for a code the server did not send.
 */
record SelectCodes(long uidValidity, long uidNext, long highestModSeq) {

    /** The last value of each code among the reply's untagged OK/NO/BAD responses. */
    static SelectCodes of(CommandResult selected) {
        long uidValidity = 0;
        long uidNext = 0;
        long highest = 0;
        for (UntaggedResponse.Status s : selected.untagged(UntaggedResponse.Status.class)) {
            if (s.code() instanceof ResponseCode.UidValidity v) {
                uidValidity = v.uidValidity();
            } else if (s.code() instanceof ResponseCode.UidNext n) {
                uidNext = n.uid();
            } else if (s.code() instanceof ResponseCode.HighestModSeq h) {
                highest = h.modSeq();
            }
        }
        return new SelectCodes(uidValidity, uidNext, highest);
    }
}
