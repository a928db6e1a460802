package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * A view's messages in sequence order (ascending UIDs). The first {@link #announced()} entries
 * are the ones the client knows; later ones arrived but await their EXISTS. Entries expunged
 * elsewhere stay, marked, until their EXPUNGE is sent.
 */
final class ViewEntries {
    static final class Entry {
        final long uid;
        StoredMessage message;
        boolean expunged;

        Entry(StoredMessage message) {
            this.uid = message.uid();
            this.message = message;
        }
    }

    private final ArrayList<Entry> list = new ArrayList<>();
    private int announced;

    void append(StoredMessage m, boolean announce) {
        if (!list.isEmpty() && m.uid() <= list.get(list.size() - 1).uid) {
            return; // already known: UIDs only grow
        }
        list.add(new Entry(m));
        if (announce) {
            announced = list.size();
        }
    }

    int size() {
        return list.size();
    }

    long announced() {
        return announced;
    }

    void announceAll() {
        announced = list.size();
    }

    Entry get(int index) {
        return list.get(index);
    }

    /** Index of the UID, or -1. */
    int indexOf(long uid) {
        int i = firstAtOrAbove(uid);
        return i < list.size() && list.get(i).uid == uid ? i : -1;
    }

    /** Index of the first entry whose UID is at least {@code uid} (binary search). */
    int firstAtOrAbove(long uid) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).uid < uid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Marks an expunge. A message the client was never told about disappears at once (no
     * EXPUNGE for it may ever be sent); returns true in that case.
     */
    boolean markExpunged(long uid) {
        int i = indexOf(uid);
        if (i < 0) {
            return false;
        }
        if (i >= announced) {
            list.remove(i);
            return true;
        }
        list.get(i).expunged = true;
        return false;
    }

    /**
     * Removes every marked entry, ascending. With {@code expungeOut} it receives one EXPUNGE per
     * entry, numbered as the client sees it after the previous ones (§7.4.1).
     */
    List<Long> removeExpunged(List<UntaggedResponse> expungeOut) {
        List<Long> gone = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < list.size(); i++) {
            Entry e = list.get(i);
            if (e.expunged) {
                if (expungeOut != null) {
                    // Its number once the EXPUNGEs before it have been applied: kept ones precede it.
                    expungeOut.add(new UntaggedResponse.Expunge(kept + 1));
                }
                gone.add(e.uid);
            } else {
                list.set(kept++, e);
            }
        }
        list.subList(kept, list.size()).clear();
        announced -= gone.size();
        return gone;
    }
}
