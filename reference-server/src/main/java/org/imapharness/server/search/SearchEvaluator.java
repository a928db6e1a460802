package org.imapharness.server.search;

import java.time.LocalDate;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.model.Flags;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.MessageRef;

/**
 * Decides whether one message matches one {@link SearchKey} (RFC 3501 §6.4.4, MODSEQ from RFC 7162
 * §3.1.5). Text keys match a case-insensitive substring of the decoded text (RFC 2047 words,
 * base64/quoted-printable, declared charsets undone); BODY searches the text parts, TEXT the header
 * and the text parts, FROM/TO/CC/BCC/SUBJECT/HEADER the named fields. HEADER with an empty string
 * matches every message that has the field. BEFORE/ON/SINCE use the internal date's calendar date
 * in its own zone, SENT* the Date: field's date as written, or the internal date's when there is no
 * parseable Date: (the RFC 5256 §2.2 rule; Dovecot uses 1970-01-01 instead).
 */
final class SearchEvaluator {
    private final long maxSequence;
    private final long maxUid;
    /** The search-since-exclusive fault (DESIGN.md §6): SINCE drops the given day. */
    private final boolean sinceExclusive;
    /** The fault switches that bend single keys (DESIGN.md §6), each consulted at its key. */
    private final FaultSet faults;

    SearchEvaluator(long maxSequence, long maxUid, FaultSet faults) {
        this.maxSequence = maxSequence;
        this.maxUid = maxUid;
        this.sinceExclusive = faults.has(Fault.SEARCH_SINCE_EXCLUSIVE);
        this.faults = faults;
    }

    boolean matches(SearchKey key, SearchTarget t) {
        MessageRef ref = t.ref;
        if (key instanceof SearchKey.Flag f) {
            return flag(f, ref);
        } else if (key instanceof SearchKey.Text x) {
            return text(x, t);
        } else if (key instanceof SearchKey.Date d) {
            return date(d, ref, sinceExclusive, faults.has(Fault.SEARCH_DATE_USES_SENT_DATE));
        } else if (key instanceof SearchKey.Header h) {
            if (h.value().isEmpty()) {
                return t.hasHeader(h.fieldName());
            }
            String needle = t.fold(h.value());
            boolean whole = faults.has(Fault.SEARCH_HEADER_WHOLE_VALUE);
            return t.header(h.fieldName()).stream()
                    .anyMatch(v -> whole ? v.strip().equals(needle) : v.contains(needle));
        } else if (key instanceof SearchKey.Keyword k) {
            return ref.message().flags().contains(k.keyword()) != k.negated();
        } else if (key instanceof SearchKey.Size s) {
            long size = ref.message().content().size();
            if (faults.has(Fault.SEARCH_SIZE_INCLUSIVE)) {
                return s.larger() ? size >= s.octets() : size <= s.octets();
            }
            return s.larger() ? size > s.octets() : size < s.octets();
        } else if (key instanceof SearchKey.Not n) {
            return !matches(n.key(), t);
        } else if (key instanceof SearchKey.Or o) {
            return matches(o.left(), t) || matches(o.right(), t);
        } else if (key instanceof SearchKey.And a) {
            return a.keys().stream().allMatch(k -> matches(k, t));
        } else if (key instanceof SearchKey.Sequence s) {
            return s.set().contains(ref.sequence(), maxSequence);
        } else if (key instanceof SearchKey.Uid u) {
            return u.set().contains(ref.uid(), maxUid);
        } else if (key instanceof SearchKey.ModSeq m) {
            return ref.message().modSeq() >= m.modSeq();
        }
        throw new IllegalArgumentException("unknown search key " + key);
    }

    private static boolean flag(SearchKey.Flag f, MessageRef ref) {
        var flags = ref.message().flags();
        return switch (f) {
            case ALL -> true;
            case ANSWERED -> flags.contains(Flags.ANSWERED);
            case DELETED -> flags.contains(Flags.DELETED);
            case DRAFT -> flags.contains(Flags.DRAFT);
            case FLAGGED -> flags.contains(Flags.FLAGGED);
            case SEEN -> flags.contains(Flags.SEEN);
            case UNANSWERED -> !flags.contains(Flags.ANSWERED);
            case UNDELETED -> !flags.contains(Flags.DELETED);
            case UNDRAFT -> !flags.contains(Flags.DRAFT);
            case UNFLAGGED -> !flags.contains(Flags.FLAGGED);
            case UNSEEN -> !flags.contains(Flags.SEEN);
            case RECENT -> ref.recent();
            case OLD -> !ref.recent();
            case NEW -> ref.recent() && !flags.contains(Flags.SEEN);
        };
    }

    private static boolean text(SearchKey.Text x, SearchTarget t) {
        String needle = t.fold(x.value());
        return switch (x.field()) {
            case BODY -> t.body().contains(needle);
            case TEXT -> t.headers().contains(needle) || t.body().contains(needle);
            case BCC -> anyHeader(t, "Bcc", needle);
            case CC -> anyHeader(t, "Cc", needle);
            case FROM -> anyHeader(t, "From", needle);
            case TO -> anyHeader(t, "To", needle);
            case SUBJECT -> anyHeader(t, "Subject", needle);
        };
    }

    private static boolean anyHeader(SearchTarget t, String name, String needle) {
        return t.header(name).stream().anyMatch(v -> v.contains(needle));
    }

    private static boolean date(SearchKey.Date d, MessageRef ref, boolean sinceExclusive, boolean sentForInternal) {
        LocalDate internal = ref.message().internalDate().toLocalDate();
        LocalDate day = switch (d.field()) {
            case BEFORE, ON, SINCE -> sentForInternal ? ref.message().content().sentDate().orElse(internal) : internal;
            // RFC 5256 §2.2: without a usable Date: the internal date stands in for the sent date.
            case SENTBEFORE, SENTON, SENTSINCE -> ref.message().content().sentDate().orElse(internal);
        };
        int cmp = day.compareTo(d.date());
        return switch (d.field()) {
            case BEFORE, SENTBEFORE -> cmp < 0;
            case ON, SENTON -> cmp == 0;
            case SINCE -> sinceExclusive ? cmp > 0 : cmp >= 0;
            case SENTSINCE -> cmp >= 0;
        };
    }
}
