package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * What one device believes about its selected mailbox, kept only from what the server told it,
 * as a client must (RFC 3501 §5.2, §7.4.1): the sequence-number-to-UID map (0 where EXISTS announced
 * a message whose UID is not fetched yet), flags, and with CONDSTORE the mod-sequences. Every
 * response is applied as it arrives (on the connection's event loop) and checked on the spot
 * where RFC 3501 decides it: EXISTS never shrinks, sequence numbers exist, EXPUNGE comes only when
 * allowed, a flag change brings a higher MODSEQ.
 */
final class DeviceView {

    /** What the connection is doing, for the EXPUNGE timing rule of RFC 3501 §7.4.1. */
    enum Phase { NONE, FORBIDS_EXPUNGE, ALLOWS_EXPUNGE, IDLE }

    private final List<Long> uids = new ArrayList<>();
    private final Map<Long, Set<String>> flags = new HashMap<>();
    private final Map<Long, Long> modSeqs = new HashMap<>();
    private final List<Long> removed = new ArrayList<>();
    private final Consumer<Finding> findings;
    private long uidValidity;
    private long highestModSeq;
    private Phase phase = Phase.NONE;
    private String command = "";
    private List<UntaggedResponse> buffered;
    private long lastApplied;

    /** What a device remembers while offline (RFC 7162 §3.2.5: the client's cache). */
    record Snapshot(long uidValidity, long highestModSeq, List<Long> uids, Map<Long, Set<String>> flags,
                    Map<Long, Long> modSeqs) {
    }

    DeviceView(Consumer<Finding> findings) {
        this.findings = findings;
    }

    synchronized void clear(long uidValidity, long highestModSeq) {
        uids.clear();
        flags.clear();
        modSeqs.clear();
        this.uidValidity = uidValidity;
        this.highestModSeq = highestModSeq;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(uidValidity, highestModSeq, List.copyOf(uids), Map.copyOf(flags), Map.copyOf(modSeqs));
    }

    /** Back to a remembered state, and hold responses until {@link #applyHeld()}: a QRESYNC SELECT is under way. */
    synchronized void restoreAndHold(Snapshot s) {
        clear(s.uidValidity(), s.highestModSeq());
        uids.addAll(s.uids());
        flags.putAll(s.flags());
        modSeqs.putAll(s.modSeqs());
        buffered = new ArrayList<>();
    }

    /**
     * Applies what a QRESYNC SELECT sent, VANISHED (EARLIER) first: the server may send EXISTS, the
     * count after the removals, before the VANISHED that explains it (RFC 7162 §3.2.5.1 fixes no order).
     */
    synchronized void applyHeld() {
        List<UntaggedResponse> held = buffered;
        buffered = null;
        if (held == null) {
            return;
        }
        held.stream().filter(r -> r instanceof UntaggedResponse.Vanished).forEach(this::apply);
        held.stream().filter(r -> !(r instanceof UntaggedResponse.Vanished)).forEach(this::apply);
    }

    /** The UIDVALIDITY and HIGHESTMODSEQ a SELECT reported (0 when absent). */
    synchronized void codes(long uidValidity, long highestModSeq) {
        if (uidValidity != 0) {
            this.uidValidity = uidValidity;
        }
        highest(highestModSeq);
    }

    /** A command begins: EXPUNGE responses are judged against it until {@link #end()}. */
    synchronized void begin(Phase phase, String command) {
        this.phase = phase;
        this.command = command;
        removed.clear();
    }

    synchronized void end() {
        phase = Phase.NONE;
    }

    /** UIDs removed by EXPUNGE/VANISHED since the last {@link #begin} (0 for a message whose UID was unknown). */
    synchronized List<Long> removedDuringCommand() {
        return List.copyOf(removed);
    }

    synchronized List<Long> uids() {
        return List.copyOf(uids);
    }

    synchronized Map<Long, Set<String>> flags() {
        return Map.copyOf(flags);
    }

    synchronized Long modSeq(long uid) {
        return modSeqs.get(uid);
    }

    synchronized long uidValidity() {
        return uidValidity;
    }

    synchronized long highestModSeq() {
        return highestModSeq;
    }

    /** {@link System#nanoTime()} when the latest response was applied. */
    synchronized long lastApplied() {
        return lastApplied;
    }

    synchronized int size() {
        return uids.size();
    }

    /** Sequence number of {@code uid}, or 0. */
    synchronized int sequenceOf(long uid) {
        return uids.indexOf(uid) + 1;
    }

    /** Waits (bounded) until {@code done} holds for this view; true if it did. */
    synchronized boolean await(java.util.function.Predicate<DeviceView> done, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!done.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized void apply(UntaggedResponse response) {
        if (buffered != null) {
            buffered.add(response);
            return;
        }
        lastApplied = System.nanoTime();
        if (response instanceof UntaggedResponse.Exists e) {
            exists(e.count());
        } else if (response instanceof UntaggedResponse.Expunge e) {
            expunge(e.sequenceNumber());
        } else if (response instanceof UntaggedResponse.Vanished v) {
            vanished(v);
        } else if (response instanceof UntaggedResponse.Fetch f) {
            fetch(f);
        } else if (response instanceof UntaggedResponse.Status s && s.code() instanceof ResponseCode.HighestModSeq h) {
            highest(h.modSeq());
        }
        notifyAll();
    }

    private void exists(long count) {
        if (count < uids.size()) {
            findings.accept(Finding.of(Rule.EXISTS_NOT_DECREASING, "* " + count + " EXISTS while the client holds "
                    + uids.size() + " messages (during " + command + ")", List.of()));
            return;
        }
        while (uids.size() < count) {
            uids.add(0L);
        }
    }

    private void expunge(long number) {
        if (!expungeAllowed("* " + number + " EXPUNGE")) {
            return;
        }
        if (number < 1 || number > uids.size()) {
            findings.accept(Finding.of(Rule.SEQUENCE_IN_RANGE, "* " + number + " EXPUNGE while the client holds "
                    + uids.size() + " messages (during " + command + ")", List.of()));
            return;
        }
        long uid = uids.remove((int) number - 1);
        forget(uid);
        removed.add(uid);
    }

    private void vanished(UntaggedResponse.Vanished v) {
        if (!v.earlier() && !expungeAllowed("* VANISHED " + v.uids().toWire())) {
            return;
        }
        long known = uids.stream().mapToLong(Long::longValue).max().orElse(0);
        for (int i = uids.size() - 1; i >= 0; i--) {
            long uid = uids.get(i);
            if (uid != 0 && v.uids().contains(uid, known)) {
                uids.remove(i);
                forget(uid);
                removed.add(uid);
            }
        }
        // A UID above all known ones is a message announced by EXISTS whose UID the client has not
        // fetched yet: such messages are the trailing unknown entries, all alike, so drop that many.
        long above = v.earlier() ? 0 : countAbove(v.uids(), known);
        for (int i = uids.size() - 1; i >= 0 && above > 0; i--) {
            if (uids.get(i) == 0) {
                uids.remove(i);
                removed.add(0L);
                above--;
            }
        }
    }

    private static long countAbove(SequenceSet set, long known) {
        long n = 0;
        for (SequenceSet.Range r : set.ranges()) {
            long high = r.high() == SequenceSet.STAR ? known : r.high();
            long low = Math.max(r.low(), known + 1);
            n += Math.max(0, high - low + 1);
        }
        return n;
    }

    /** RFC 3501 §7.4.1 (and RFC 7162 §3.2.10 for VANISHED): never idle outside IDLE, never during FETCH/STORE/SEARCH. */
    private boolean expungeAllowed(String what) {
        if (phase == Phase.ALLOWS_EXPUNGE || phase == Phase.IDLE) {
            return true;
        }
        String when = phase == Phase.NONE ? "while no command was in progress" : "while answering " + command;
        findings.accept(Finding.of(Rule.EXPUNGE_WHEN_ALLOWED, what + " arrived " + when, List.of(
                "S?: * * FETCH ...", "S?: * * EXISTS", "S?: * * RECENT", "S?: * OK", "S: nothing else")));
        return phase != Phase.NONE; // applied anyway while a command runs, so the view stays in step
    }

    private void forget(long uid) {
        flags.remove(uid);
        modSeqs.remove(uid);
    }

    private void fetch(UntaggedResponse.Fetch f) {
        long number = f.sequenceNumber();
        if (number < 1 || number > uids.size()) {
            findings.accept(Finding.of(Rule.SEQUENCE_IN_RANGE, "* " + number + " FETCH while the client holds "
                    + uids.size() + " messages (during " + command + ")", List.of()));
            return;
        }
        int index = (int) number - 1;
        long uid = uids.get(index);
        MessageAttribute.Uid said = f.get(MessageAttribute.Uid.class);
        if (said != null && uid != said.uid()) {
            if (uid != 0 || !fitsOrder(index, said.uid())) {
                findings.accept(Finding.of(Rule.SEQUENCE_IN_RANGE, "* " + number + " FETCH (UID " + said.uid()
                        + ") but message " + number + " is " + (uid == 0 ? "not in UID order there" : "UID " + uid)
                        + " in the client's view (during " + command + ")", List.of()));
                return;
            }
            uid = said.uid();
            uids.set(index, uid);
        }
        if (uid == 0) {
            return; // flags of a message whose UID is unknown: the next sync fetches both
        }
        MessageAttribute.Flags newFlags = f.get(MessageAttribute.Flags.class);
        MessageAttribute.ModSeq modSeq = f.get(MessageAttribute.ModSeq.class);
        Set<String> before = flags.get(uid);
        Set<String> after = newFlags == null ? before : FlagNames.of(newFlags.flags());
        if (modSeq != null) {
            checkModSeq(number, uid, before, after, modSeq.modSeq());
            modSeqs.put(uid, modSeq.modSeq());
        }
        if (after != null) {
            flags.put(uid, after);
        }
    }

    /** RFC 7162 §3.1.1: a message's mod-sequence only grows, and every change makes it grow. */
    private void checkModSeq(long number, long uid, Set<String> before, Set<String> after, long modSeq) {
        Long known = modSeqs.get(uid);
        if (known == null) {
            return;
        }
        boolean changed = before != null && after != null && !before.equals(after);
        if (modSeq < known || changed && modSeq == known) {
            String capture = "ms" + uid + "x" + number;
            findings.accept(new Finding(Rule.MODSEQ_INCREASES, "UID " + uid + " went from flags " + before
                    + " to " + after + " with MODSEQ " + known + " -> " + modSeq + " (during " + command + ")",
                    List.of("C: FETCH " + number + " (MODSEQ)", "S: * " + number + " FETCH (MODSEQ ($" + capture + ") ...)",
                            "S: OK"),
                    List.of("S: * " + number + " FETCH (MODSEQ (>$" + capture + ") ...)")));
        }
    }

    private boolean fitsOrder(int index, long uid) {
        for (int i = index - 1; i >= 0; i--) {
            if (uids.get(i) != 0) {
                return uids.get(i) < uid;
            }
        }
        for (int i = index + 1; i < uids.size(); i++) {
            if (uids.get(i) != 0) {
                return uids.get(i) > uid;
            }
        }
        return true;
    }

    private void highest(long modSeq) {
        if (modSeq < highestModSeq) {
            findings.accept(Finding.of(Rule.MODSEQ_INCREASES, "HIGHESTMODSEQ went down from " + highestModSeq + " to "
                    + modSeq + " (during " + command + ")", List.of()));
        }
        highestModSeq = Math.max(highestModSeq, modSeq);
    }
}
