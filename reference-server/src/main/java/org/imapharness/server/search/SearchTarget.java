package org.imapharness.server.search;

import java.util.List;
import java.util.Locale;
import org.imapharness.server.store.MessageRef;

/**
 * One message under evaluation, with its decoded texts computed at most once per search (they
 * are costly: transfer and charset decoding of every text part) and kept in lower case for
 * case-insensitive substring matching (RFC 3501 §6.4.4).
 */
final class SearchTarget {
    final MessageRef ref;
    /** The search-not-case-insensitive fault (DESIGN.md §6): match the exact case. */
    private final boolean exactCase;
    private String body;
    private String headers;

    SearchTarget(MessageRef ref, boolean exactCase) {
        this.ref = ref;
        this.exactCase = exactCase;
    }

    String body() {
        if (body == null) {
            body = fold(ref.message().content().decodedBodyText());
        }
        return body;
    }

    String headers() {
        if (headers == null) {
            headers = fold(ref.message().content().decodedHeaderText());
        }
        return headers;
    }

    List<String> header(String name) {
        return ref.message().content().decodedHeaderValues(name).stream().map(this::fold).toList();
    }

    boolean hasHeader(String name) {
        return ref.message().content().header().contains(name);
    }

    String fold(String s) {
        return exactCase ? s : s.toLowerCase(Locale.ROOT);
    }
}
