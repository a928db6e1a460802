package org.imapharness.protocol.command;

import java.time.LocalDate;
import java.util.List;
import org.imapharness.protocol.model.SequenceSet;

/**
 * {@code search-key} (RFC 3501 §6.4.4, §9), plus MODSEQ (RFC 7162 §3.1.5). A list of keys
 * is their intersection; {@link And} is a parenthesised group.
 */
public sealed interface SearchKey {

    /** Keys without arguments, by their wire name. */
    enum Flag implements SearchKey {
        ALL, ANSWERED, DELETED, DRAFT, FLAGGED, NEW, OLD, RECENT, SEEN, UNANSWERED, UNDELETED, UNDRAFT,
        UNFLAGGED, UNSEEN
    }

    /** Keys with one string argument. */
    enum TextField {
        BCC, BODY, CC, FROM, SUBJECT, TEXT, TO
    }

    record Text(TextField field, String value) implements SearchKey {
    }

    /** Date keys compare the internal date (BEFORE/ON/SINCE) or the Date: header (SENT*), §6.4.4. */
    enum DateField {
        BEFORE, ON, SINCE, SENTBEFORE, SENTON, SENTSINCE
    }

    record Date(DateField field, LocalDate date) implements SearchKey {
    }

    record Header(String fieldName, String value) implements SearchKey {
    }

    record Keyword(String keyword, boolean negated) implements SearchKey {
    }

    /** LARGER (when {@code larger}) or SMALLER, in octets. */
    record Size(boolean larger, long octets) implements SearchKey {
    }

    record Not(SearchKey key) implements SearchKey {
    }

    record Or(SearchKey left, SearchKey right) implements SearchKey {
    }

    /** A parenthesised list of keys, all of which must match. */
    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a parenthesised search key list is never empty");
            }
        }
    }

    /** A message sequence number set. */
    record Sequence(SequenceSet set) implements SearchKey {
    }

    record Uid(SequenceSet set) implements SearchKey {
    }

    /** MODSEQ [entry-name entry-type] mod-sequence (RFC 7162 §3.1.5); entry parts may be {@code null}. */
    record ModSeq(String entryName, String entryType, long modSeq) implements SearchKey {
    }
}
