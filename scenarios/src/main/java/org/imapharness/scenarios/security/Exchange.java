package org.imapharness.scenarios.security;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a command brought back: the responses before its completion, and the completion itself,
 * which is the tagged response, a {@code * BYE} followed by the end, the end, or silence.
 */
record Exchange(List<Reply> untagged, Reply completion) {

    Exchange {
        untagged = List.copyOf(untagged);
    }

    boolean ok() {
        return completion.isResponse() && !completion.isBye() && "OK".equals(completion.status());
    }

    /** Refused with tagged NO or BAD, or the connection ended with BYE. */
    boolean refused() {
        return completion.isResponse() && (completion.isBye() || "NO".equals(completion.status())
                || "BAD".equals(completion.status()));
    }

    boolean answered() {
        return completion.isResponse();
    }

    boolean untaggedContains(String fragment) {
        return untagged.stream().anyMatch(r -> r.text().contains(fragment));
    }

    String brief() {
        String before = untagged.isEmpty() ? "" : untagged.stream().limit(4).map(Reply::brief)
                .collect(Collectors.joining(" | ", "", untagged.size() > 4 ? " | ... | " : " | "));
        return before + completion.brief();
    }
}
