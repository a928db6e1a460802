package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.search.Search;
import org.imapharness.server.store.UidSets;

/**
 * SEARCH and UID SEARCH (RFC 3501 §6.4.4, §6.4.8): the matching numbers as {@code * SEARCH}, with
 * {@code (MODSEQ n)} when a MODSEQ key was used (RFC 7162 §3.1.5), or as {@code * ESEARCH} when
 * RETURN options were given (RFC 4731 §3.1). Key evaluation, and the search fault switches, are
 * the search package's.
 */
final class SearchCommand {
    private SearchCommand() {
    }

    static Outcome execute(String tag, Command.Search search, SelectedState state) {
        // search-badcharset-ok: an unknown charset is ignored and the strings read as US-ASCII.
        if (!Search.supportsCharset(search.charset()) && !state.faults().has(Fault.SEARCH_BADCHARSET_OK)) {
            return Outcome.no(new ResponseCode.BadCharset(Search.CHARSETS),
                    "unsupported charset " + search.charset());
        }
        List<String> options = search.returnOptions();
        if (options != null) {
            String unsupported = unsupported(options);
            if (unsupported != null) {
                return Outcome.bad("unsupported SEARCH RETURN option " + unsupported + " (RFC 4731: MIN MAX COUNT ALL)");
            }
        }
        Search.Result result = Search.run(state.view(), search.keys(), state.faults());
        List<Long> numbers = search.uid() ? result.uids() : result.sequenceNumbers();
        UntaggedResponse response = options == null
                ? new UntaggedResponse.Search(numbers, result.highestModSeq())
                : esearch(tag, search.uid() && !state.faults().has(Fault.ESEARCH_UID_MISSING), options, numbers,
                        result.highestModSeq());
        return Outcome.ok(List.of(response), search.name() + " completed");
    }

    /**
     * {@code * ESEARCH}: an empty RETURN () means ALL (RFC 4731 §3.1); MIN, MAX and ALL are left out
     * when nothing matched, COUNT is always there when asked for. MODSEQ follows the same rule as for
     * SEARCH (RFC 7162 §3.1.5).
     */
    private static UntaggedResponse esearch(String tag, boolean uid, List<String> options, List<Long> numbers,
                                            Long modSeq) {
        List<String> wanted = new ArrayList<>();
        options.forEach(o -> wanted.add(o.toUpperCase(Locale.ROOT)));
        if (wanted.isEmpty()) {
            wanted.add("ALL");
        }
        boolean any = !numbers.isEmpty();
        Long min = any && wanted.contains("MIN") ? numbers.stream().min(Long::compare).get() : null;
        Long max = any && wanted.contains("MAX") ? numbers.stream().max(Long::compare).get() : null;
        Long count = wanted.contains("COUNT") ? (long) numbers.size() : null;
        var all = any && wanted.contains("ALL") ? UidSets.compress(numbers) : null;
        return new UntaggedResponse.Esearch(tag, uid, min, max, all, count, modSeq);
    }

    private static String unsupported(List<String> options) {
        for (String o : options) {
            if (!List.of("MIN", "MAX", "COUNT", "ALL").contains(o.toUpperCase(Locale.ROOT))) {
                return o;
            }
        }
        return null;
    }
}
