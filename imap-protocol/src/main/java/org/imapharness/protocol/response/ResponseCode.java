package org.imapharness.protocol.response;

import java.util.List;
import org.imapharness.protocol.model.SequenceSet;

/**
 * {@code resp-text-code} (RFC 3501 §7.1, §9) plus the codes of the extensions we test:
 * HIGHESTMODSEQ / NOMODSEQ / MODIFIED (RFC 7162 §3.1), APPENDUID / COPYUID / UIDNOTSTICKY
 * (RFC 4315 §3), CLOSED (RFC 7162 §3.2.11). Any other atom, e.g. the RFC 5530 codes such as
 * TOOBIG or AUTHENTICATIONFAILED, is an {@link Other} with its optional text.
 */
public sealed interface ResponseCode {

    record Alert() implements ResponseCode {
    }

    record BadCharset(List<String> charsets) implements ResponseCode {
        public BadCharset {
            charsets = List.copyOf(charsets);
        }
    }

    record Capability(List<String> capabilities) implements ResponseCode {
        public Capability {
            capabilities = List.copyOf(capabilities);
        }
    }

    record Parse() implements ResponseCode {
    }

    record PermanentFlags(List<String> flags) implements ResponseCode {
        public PermanentFlags {
            flags = List.copyOf(flags);
        }
    }

    record ReadOnly() implements ResponseCode {
    }

    record ReadWrite() implements ResponseCode {
    }

    record TryCreate() implements ResponseCode {
    }

    record UidNext(long uid) implements ResponseCode {
    }

    record UidValidity(long uidValidity) implements ResponseCode {
    }

    record Unseen(long sequenceNumber) implements ResponseCode {
    }

    record HighestModSeq(long modSeq) implements ResponseCode {
    }

    record NoModSeq() implements ResponseCode {
    }

    record Modified(SequenceSet numbers) implements ResponseCode {
    }

    record AppendUid(long uidValidity, SequenceSet uids) implements ResponseCode {
    }

    record CopyUid(long uidValidity, SequenceSet sourceUids, SequenceSet destinationUids) implements ResponseCode {
    }

    record UidNotSticky() implements ResponseCode {
    }

    record Closed() implements ResponseCode {
    }

    /** Any other code: an atom and, when present, the text up to {@code ]} ({@code null} if absent). */
    record Other(String name, String text) implements ResponseCode {
    }
}
