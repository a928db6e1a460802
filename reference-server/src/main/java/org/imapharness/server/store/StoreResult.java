package org.imapharness.server.store;

import java.util.List;

/**
 * Outcome of STORE (RFC 3501 §6.4.6, RFC 7162 §3.1.3): {@code matched} holds the current state of
 * every existing addressed message that passed the UNCHANGEDSINCE test (changed or not, for the
 * untagged FETCH replies); {@code changedUids} those whose flags actually changed (and got the new
 * mod-sequence); {@code modifiedUids} those that failed UNCHANGEDSINCE, for {@code [MODIFIED ...]}.
 */
public record StoreResult(List<StoredMessage> matched, List<Long> changedUids, List<Long> modifiedUids) {
    public StoreResult {
        matched = List.copyOf(matched);
        changedUids = List.copyOf(changedUids);
        modifiedUids = List.copyOf(modifiedUids);
    }
}
