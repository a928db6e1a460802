package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every UID expunged from one mailbox with the mod-sequence of its expunge, in commit order
 * (so mod-sequences ascend), for VANISHED (EARLIER) replies to QRESYNC (RFC 7162 §3.2.5.2). Complete,
 * not bounded: two longs per expunged message.
 */
final class ExpungeLog {
    private long[] uids = new long[16];
    private long[] modSeqs = new long[16];
    private int size;

    void add(long uid, long modSeq) {
        if (size == uids.length) {
            uids = Arrays.copyOf(uids, size * 2);
            modSeqs = Arrays.copyOf(modSeqs, size * 2);
        }
        uids[size] = uid;
        modSeqs[size] = modSeq;
        size++;
    }

    /** UIDs expunged at a mod-sequence greater than {@code modSeq}, ascending. */
    List<Long> since(long modSeq) {
        int from = Arrays.binarySearch(modSeqs, 0, size, modSeq + 1);
        if (from < 0) {
            from = -from - 1;
        }
        while (from > 0 && modSeqs[from - 1] > modSeq) {
            from--;
        }
        List<Long> out = new ArrayList<>(size - from);
        for (int i = from; i < size; i++) {
            out.add(uids[i]);
        }
        out.sort(null);
        return out;
    }

    int size() {
        return size;
    }
}
