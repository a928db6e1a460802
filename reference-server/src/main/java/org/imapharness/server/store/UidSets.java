package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.imapharness.protocol.model.SequenceSet;

/** Compact wire sets of UIDs for VANISHED, APPENDUID and COPYUID (RFC 4315, RFC 7162). */
public final class UidSets {
    private UidSets() {
    }

    /** Ascending ranges, e.g. {@code 1:3,7,9:10}; {@code null} for no UIDs (the grammar has no empty set). */
    public static SequenceSet compress(Collection<Long> uids) {
        if (uids.isEmpty()) {
            return null;
        }
        List<SequenceSet.Range> ranges = new ArrayList<>();
        long start = -1;
        long end = -1;
        for (long uid : new TreeSet<>(uids)) {
            if (start < 0) {
                start = uid;
            } else if (uid != end + 1) {
                ranges.add(new SequenceSet.Range(start, end));
                start = uid;
            }
            end = uid;
        }
        ranges.add(new SequenceSet.Range(start, end));
        return new SequenceSet(ranges);
    }

    /** Keeps the given order (COPYUID pairs source and destination UIDs by position). */
    public static SequenceSet inOrder(List<Long> uids) {
        if (uids.isEmpty()) {
            return null;
        }
        List<SequenceSet.Range> ranges = new ArrayList<>();
        long start = uids.get(0);
        long end = start;
        for (int i = 1; i < uids.size(); i++) {
            long uid = uids.get(i);
            if (uid == end + 1) {
                end = uid;
            } else {
                ranges.add(new SequenceSet.Range(start, end));
                start = uid;
                end = uid;
            }
        }
        ranges.add(new SequenceSet.Range(start, end));
        return new SequenceSet(ranges);
    }
}
