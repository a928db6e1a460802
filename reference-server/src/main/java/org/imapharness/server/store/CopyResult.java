package org.imapharness.server.store;

import java.util.List;

/**
 * What COPY/MOVE report in {@code [COPYUID uidvalidity source dest]} (RFC 4315 §3, RFC 6851 §4.3):
 * the destination UIDVALIDITY and the source and new UIDs, pairwise in the same order.
 */
public record CopyResult(long uidValidity, List<Long> sourceUids, List<Long> destinationUids) {
    public CopyResult {
        sourceUids = List.copyOf(sourceUids);
        destinationUids = List.copyOf(destinationUids);
    }
}
