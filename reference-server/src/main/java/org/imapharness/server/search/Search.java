package org.imapharness.server.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.MailboxView;
import org.imapharness.server.store.MessageRef;

/**
 * SEARCH over a session's view (RFC 3501 §6.4.4). The keys of one command are ANDed. Sequence
 * numbers and {@code *} are the session's; messages expunged by others but not yet reported still
 * take part, as the client still sees them. The caller checks the charset first
 * ({@link #supportsCharset}) and answers {@code NO [BADCHARSET (US-ASCII UTF-8)]} otherwise.
 */
public final class Search {
    /** The charsets SEARCH accepts, for the BADCHARSET response code. */
    public static final List<String> CHARSETS = List.of("US-ASCII", "UTF-8");

    private Search() {
    }

    /** The result: matches in sequence order and, when a MODSEQ key was used, their highest mod-sequence. */
    public record Result(List<MessageRef> matches, Long highestModSeq) {
        public Result {
            matches = List.copyOf(matches);
        }

        public List<Long> sequenceNumbers() {
            return matches.stream().map(MessageRef::sequence).toList();
        }

        public List<Long> uids() {
            return matches.stream().map(MessageRef::uid).toList();
        }
    }

    /** {@code null} (no CHARSET given), US-ASCII and UTF-8 (case-insensitive, aliases included). */
    public static boolean supportsCharset(String charset) {
        if (charset == null) {
            return true;
        }
        try {
            var cs = java.nio.charset.Charset.forName(charset.trim());
            return cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static Result run(MailboxView view, List<SearchKey> keys) {
        return run(view.all(), keys, FaultSet.none());
    }

    /** As {@link #run(MailboxView, List)}, with the search faults of DESIGN.md §6 honoured. */
    public static Result run(MailboxView view, List<SearchKey> keys, FaultSet faults) {
        return run(view.all(), keys, faults);
    }

    /** Evaluates against the given messages (all of one view, in sequence order). */
    public static Result run(List<MessageRef> messages, List<SearchKey> keys, FaultSet faults) {
        long maxSeq = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).sequence();
        long maxUid = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid();
        SearchEvaluator evaluator = new SearchEvaluator(maxSeq, maxUid, faults);
        boolean exactCase = faults.has(Fault.SEARCH_NOT_CASE_INSENSITIVE);
        List<SearchKey> effective = faults.has(Fault.SEARCH_NOT_TAKES_REST) ? notTakingRest(keys) : keys;
        List<MessageRef> hits = new ArrayList<>();
        for (MessageRef ref : messages) {
            SearchTarget target = new SearchTarget(ref, exactCase);
            if (effective.stream().allMatch(k -> evaluator.matches(k, target))) {
                hits.add(ref);
            }
        }
        Long modSeq = null;
        if (!hits.isEmpty() && keys.stream().anyMatch(Search::usesModSeq)) {
            modSeq = hits.stream().mapToLong(r -> r.message().modSeq()).max().getAsLong();
        }
        return new Result(hits, modSeq);
    }

    /**
     * The search-not-takes-rest fault: a top-level NOT swallows every key after it, as a parser
     * that reads "NOT" and then "the rest of the criteria" would, so NOT a b means NOT (a b).
     */
    private static List<SearchKey> notTakingRest(List<SearchKey> keys) {
        for (int i = 0; i < keys.size() - 1; i++) {
            if (keys.get(i) instanceof SearchKey.Not n) {
                List<SearchKey> swallowed = new ArrayList<>(keys.subList(i + 1, keys.size()));
                swallowed.add(0, n.key());
                List<SearchKey> out = new ArrayList<>(keys.subList(0, i));
                out.add(new SearchKey.Not(new SearchKey.And(swallowed)));
                return out;
            }
        }
        return keys;
    }

    /** True when the key tree contains MODSEQ (RFC 7162 §3.1.5: then the response carries (MODSEQ n)). */
    public static boolean usesModSeq(SearchKey key) {
        if (key instanceof SearchKey.ModSeq) {
            return true;
        } else if (key instanceof SearchKey.Not n) {
            return usesModSeq(n.key());
        } else if (key instanceof SearchKey.Or o) {
            return usesModSeq(o.left()) || usesModSeq(o.right());
        } else if (key instanceof SearchKey.And a) {
            return a.keys().stream().anyMatch(Search::usesModSeq);
        }
        return false;
    }
}
