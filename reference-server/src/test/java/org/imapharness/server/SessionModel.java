package org.imapharness.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One session's idea of its selected mailbox, rebuilt only from the untagged responses it received
 * (RFC 3501 §7.3.1 EXISTS, §7.4.1 EXPUNGE, §7.4.2 FETCH), the way a client must. Anything the
 * server sends that cannot be true of that view (an EXPUNGE or FETCH beyond the last message, a
 * shrinking EXISTS, a FETCH naming another UID at a position than before, UIDs out of order, a UID
 * that was expunged coming back, with CONDSTORE a MODSEQ that goes down or stays put while the flags
 * change) is recorded as a violation with the line that caused it.
 */
final class SessionModel {
    private static final Pattern EXISTS = Pattern.compile("^\\* (\\d+) EXISTS$");
    private static final Pattern EXPUNGE = Pattern.compile("^\\* (\\d+) EXPUNGE$");
    private static final Pattern FETCH = Pattern.compile("^\\* (\\d+) FETCH \\((.*)\\)$");
    private static final Pattern UID = Pattern.compile("(?:^|[ (])UID (\\d+)");
    private static final Pattern FLAGS = Pattern.compile("(?:^|[ (])FLAGS \\(([^)]*)\\)");
    private static final Pattern MODSEQ = Pattern.compile("(?:^|[ (])MODSEQ \\((\\d+)\\)");

    /** A message slot: UID, flags and mod-sequence when a FETCH told us, else {@code null}. */
    static final class Slot {
        Long uid;
        Set<String> flags;
        Long modSeq;
    }

    private final List<Slot> slots = new ArrayList<>();
    private final Set<Long> expungedUids = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private int linesSeen;

    /** Applies one server line; lines that do not describe the mailbox are ignored. */
    void apply(String line) {
        linesSeen++;
        Matcher m;
        if ((m = EXISTS.matcher(line)).matches()) {
            int count = Integer.parseInt(m.group(1));
            if (count < slots.size()) {
                violation(line, "EXISTS shrank the mailbox from " + slots.size() + " (only EXPUNGE may, §7.3.1)");
            }
            while (slots.size() < count) {
                slots.add(new Slot());
            }
        } else if ((m = EXPUNGE.matcher(line)).matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > slots.size()) {
                violation(line, "EXPUNGE of a number outside 1.." + slots.size());
            } else {
                Slot gone = slots.remove(n - 1);
                if (gone.uid != null) {
                    expungedUids.add(gone.uid);
                }
            }
        } else if ((m = FETCH.matcher(line)).matches()) {
            fetch(line, Integer.parseInt(m.group(1)), m.group(2));
        }
    }

    private void fetch(String line, int n, String items) {
        if (n < 1 || n > slots.size()) {
            violation(line, "FETCH for a number outside 1.." + slots.size());
            return;
        }
        Slot slot = slots.get(n - 1);
        Matcher uid = UID.matcher(items);
        if (uid.find()) {
            long u = Long.parseLong(uid.group(1));
            if (expungedUids.contains(u)) {
                violation(line, "UID " + u + " was expunged before; UIDs are never reused (§2.3.1.1)");
            }
            if (slot.uid != null && slot.uid != u) {
                violation(line, "message " + n + " was UID " + slot.uid + " in this session's view");
            }
            slot.uid = u;
            checkOrder(line, n);
        }
        Matcher flags = FLAGS.matcher(items);
        Set<String> newFlags = flags.find() ? withoutRecent(flags.group(1)) : null;
        Matcher modSeq = MODSEQ.matcher(items);
        if (modSeq.find()) {
            long m = Long.parseLong(modSeq.group(1));
            if (slot.modSeq != null && m < slot.modSeq) {
                violation(line, "MODSEQ went down from " + slot.modSeq + " (RFC 7162 §3.1)");
            }
            if (slot.modSeq != null && m == slot.modSeq && newFlags != null && slot.flags != null
                    && !newFlags.equals(slot.flags)) {
                violation(line, "flags changed from " + slot.flags + " but MODSEQ stayed " + m + " (RFC 7162 §3.1)");
            }
            if (newFlags == null && slot.modSeq != null && m != slot.modSeq) {
                // A CONDSTORE reply to STORE .SILENT carries MODSEQ without FLAGS (RFC 7162 §3.1.3):
                // the flags changed, to what this session was not told, so its last-known flags are stale.
                slot.flags = null;
            }
            slot.modSeq = m;
        }
        if (newFlags != null) {
            slot.flags = newFlags;
        }
    }

    /** UIDs ascend with sequence numbers (§2.3.1.1), so known neighbours must bracket this one. */
    private void checkOrder(String line, int n) {
        long uid = slots.get(n - 1).uid;
        for (int i = n - 2; i >= 0; i--) {
            if (slots.get(i).uid != null) {
                if (slots.get(i).uid >= uid) {
                    violation(line, "UID not above message " + (i + 1) + "'s UID " + slots.get(i).uid);
                }
                break;
            }
        }
        for (int i = n; i < slots.size(); i++) {
            if (slots.get(i).uid != null) {
                if (slots.get(i).uid <= uid) {
                    violation(line, "UID not below message " + (i + 1) + "'s UID " + slots.get(i).uid);
                }
                break;
            }
        }
    }

    static Set<String> withoutRecent(String flagList) {
        Set<String> out = new TreeSet<>();
        for (String f : flagList.trim().split(" +")) {
            if (!f.isEmpty() && !f.equalsIgnoreCase("\\Recent")) {
                out.add(f);
            }
        }
        return out;
    }

    void violation(String line, String why) {
        violations.add("line " + linesSeen + " \"" + line + "\": " + why);
    }

    int size() {
        return slots.size();
    }

    List<Slot> slots() {
        return slots;
    }

    List<String> violations() {
        return violations;
    }
}
