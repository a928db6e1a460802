package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * One session's view of a selected mailbox (go-imap's "session tracker"): the sequence numbers
 * the client knows, mapped to UIDs, and the queue of changes not yet told. The store enqueues
 * {@link MailboxEvent}s from any thread; everything else must be called from the session's own
 * thread (a Netty channel's event loop), which is what makes the view lock-free.
 *
 * <p>Sequence numbers change only in {@link #flush}: messages expunged elsewhere keep their
 * numbers (and stay fetchable) until the session may send EXPUNGE (RFC 3501 §7.4.1 forbids it
 * during FETCH, STORE and SEARCH), and new messages become addressable only once EXISTS was sent.
 */
public final class MailboxView implements AutoCloseable {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final Mailbox mailbox;
    private final boolean readOnly;
    private final ConcurrentLinkedQueue<MailboxEvent> queue = new ConcurrentLinkedQueue<>();
    private final ViewEntries entries = new ViewEntries();
    private final Set<Long> recent = new HashSet<>();
    private final ViewUpdates updates = new ViewUpdates();
    private ViewOpening opening;
    private boolean condstore;
    private boolean qresync;
    private volatile Runnable wakeup;
    private boolean deleted;
    private boolean closed;
    /** Highest mod-sequence among the changes drained so far, and the one last told with OK [HIGHESTMODSEQ]. */
    private long drainedModSeq;
    private long toldModSeq;

    MailboxView(Mailbox mailbox, boolean readOnly) {
        this.mailbox = mailbox;
        this.readOnly = readOnly;
    }

    /** Called under the account lock by {@link MailboxState#attach}, before any event. */
    void start(List<StoredMessage> messages, Set<Long> recentHere, long uidNext, long highestModSeq,
               List<String> flags) {
        long firstUnseen = 0;
        for (StoredMessage m : messages) {
            entries.append(m, true);
            if (firstUnseen == 0 && !m.flags().contains(Flags.SEEN)) {
                firstUnseen = entries.size();
            }
        }
        entries.announceAll();
        recent.addAll(recentHere);
        List<String> permanent = new ArrayList<>();
        if (!readOnly) {
            permanent.addAll(flags);
            permanent.add(Flags.ANY_KEYWORD);
        }
        opening = new ViewOpening(entries.size(), recent.size(), firstUnseen, mailbox.uidValidity(), uidNext,
                highestModSeq, flags, permanent);
        drainedModSeq = highestModSeq;
        toldModSeq = highestModSeq;
    }

    void enqueue(MailboxEvent event) {
        queue.add(event);
        Runnable w = wakeup;
        if (w != null) {
            w.run();
        }
    }

    /**
     * Registers what to run when a change is queued for this view, e.g. so an IDLE session can
     * flush at once (RFC 2177). It runs on the changing thread with the account lock held: it must
     * only hand work over (such as {@code channel.eventLoop().execute(...)}), never block or call
     * back into the store. {@code null} removes it.
     */
    public void onUpdate(Runnable wakeup) {
        this.wakeup = wakeup;
    }

    /** True when changes are queued that {@link #flush} would turn into responses (or absorb). */
    public boolean hasPendingUpdates() {
        return !queue.isEmpty();
    }

    long id() {
        return id;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** The data for the SELECT/EXAMINE responses. */
    public ViewOpening opening() {
        return opening;
    }

    /** CONDSTORE enabled (RFC 7162 §3.1): unsolicited FETCH carries UID and MODSEQ. */
    public void enableCondstore() {
        condstore = true;
    }

    /** QRESYNC enabled (RFC 7162 §3.2): VANISHED replaces EXPUNGE; implies CONDSTORE. */
    public void enableQresync() {
        qresync = true;
        condstore = true;
    }

    /** The number of messages the client knows of (the last EXISTS, minus EXPUNGEs sent). */
    public long exists() {
        return entries.announced();
    }

    /** True once the mailbox was deleted (the session should leave the selected state). */
    public boolean mailboxDeleted() {
        drain();
        return deleted;
    }

    /**
     * Messages of a sequence set ({@code *} = the highest sequence number, §6.4.8), ascending,
     * each once. A number beyond the client's view is an error (INVALID_SEQUENCE).
     */
    public List<MessageRef> bySequence(SequenceSet set) {
        long max = entries.announced();
        BitSet hits = new BitSet();
        for (SequenceSet.Range r : set.ranges()) {
            long a = r.start() == SequenceSet.STAR ? max : r.start();
            long b = r.end() == SequenceSet.STAR ? max : r.end();
            long lo = Math.min(a, b);
            long hi = Math.max(a, b);
            if (hi > max || lo < 1) {
                throw new StoreException(StoreException.Reason.INVALID_SEQUENCE,
                        "message sequence number " + (lo < 1 ? "*" : Long.toString(hi))
                                + " is beyond the " + max + " messages of this mailbox");
            }
            hits.set((int) lo - 1, (int) hi);
        }
        return refs(hits);
    }

    /**
     * Messages of a UID set, ascending. {@code *} is the highest UID in the view, so
     * {@code n:*} always includes the last message even when n is above it (§6.4.8);
     * UIDs that do not exist are ignored.
     */
    public List<MessageRef> byUid(SequenceSet set) {
        int announced = (int) entries.announced();
        if (announced == 0) {
            return List.of();
        }
        long maxUid = entries.get(announced - 1).uid;
        BitSet hits = new BitSet();
        for (SequenceSet.Range r : set.ranges()) {
            long a = r.start() == SequenceSet.STAR ? maxUid : r.start();
            long b = r.end() == SequenceSet.STAR ? maxUid : r.end();
            long lo = Math.min(a, b);
            long hi = Math.max(a, b);
            for (int i = entries.firstAtOrAbove(lo); i < announced && entries.get(i).uid <= hi; i++) {
                hits.set(i);
            }
        }
        return refs(hits);
    }

    public List<MessageRef> all() {
        BitSet hits = new BitSet();
        hits.set(0, (int) entries.announced());
        return refs(hits);
    }

    /** Messages in the view changed after {@code modSeq} (FETCH CHANGEDSINCE, RFC 7162 §3.1.4.1). */
    public List<MessageRef> changedSince(long modSeq) {
        return all().stream().filter(r -> r.message().modSeq() > modSeq).toList();
    }

    /** The sequence number of a UID in this view, or 0. */
    public long sequenceOf(long uid) {
        int i = entries.indexOf(uid);
        return i < 0 || i >= entries.announced() ? 0 : i + 1;
    }

    /** STORE through this view: this session is not told its own changes again by {@link #flush}. */
    public StoreResult store(Collection<Long> uids, StoreMode mode, Collection<String> flags, Long unchangedSince) {
        requireWritable();
        StoreResult result = mailbox.store(uids, mode, flags, unchangedSince, this);
        for (StoredMessage m : result.matched()) {
            int i = entries.indexOf(m.uid());
            if (i >= 0) {
                entries.get(i).message = m;
            }
        }
        return result;
    }

    /** EXPUNGE / UID EXPUNGE; the EXPUNGE responses come from the next {@code flush(true)}. */
    public List<Long> expunge(Collection<Long> uidsOrAll) {
        requireWritable();
        return mailbox.expunge(uidsOrAll);
    }

    /**
     * Applies every queued change and returns the untagged responses to send now, in order:
     * FLAGS (new keywords), then, when {@code allowExpunge}, EXPUNGE with each number valid at the
     * moment it is sent (or one VANISHED under QRESYNC), then EXISTS and RECENT if the count grew,
     * then FETCH for flag changes made by other sessions.
     */
    public List<UntaggedResponse> flush(boolean allowExpunge) {
        drain();
        List<UntaggedResponse> out = new ArrayList<>();
        updates.flags(out);
        if (allowExpunge) {
            List<Long> gone = entries.removeExpunged(qresync ? null : out);
            recent.removeAll(gone);
            if (qresync && !gone.isEmpty()) {
                out.add(new UntaggedResponse.Vanished(false, UidSets.compress(gone)));
            }
        }
        boolean announced = allowExpunge && out.stream().anyMatch(r -> r instanceof UntaggedResponse.Expunge
                || r instanceof UntaggedResponse.Vanished);
        if (entries.size() > entries.announced()) {
            entries.announceAll();
            out.add(new UntaggedResponse.Exists(entries.size()));
            out.add(new UntaggedResponse.Recent(recentCount()));
            announced = true;
        }
        updates.fetches(out, entries, recent, condstore);
        if (condstore && announced && allowExpunge && drainedModSeq > toldModSeq) {
            // New and expunged messages carry no MODSEQ of their own, so a CONDSTORE client learns the
            // mailbox's new HIGHESTMODSEQ only from this code (RFC 7162 §3.1.2.1); without it, its next
            // QRESYNC or CHANGEDSINCE starts too early. Only when nothing is held back: an EXPUNGE
            // still pending (during FETCH, STORE, SEARCH) must not fall below the value told.
            out.add(new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.HighestModSeq(drainedModSeq),
                    "Highest"));
            toldModSeq = drainedModSeq;
        }
        return out;
    }

    private void drain() {
        MailboxEvent e;
        while ((e = queue.poll()) != null) {
            if (e instanceof MailboxEvent.Appended a) {
                for (StoredMessage m : a.messages()) {
                    drainedModSeq = Math.max(drainedModSeq, m.modSeq());
                    entries.append(m, false);
                    if (a.recentViewId() == id && !readOnly) {
                        recent.add(m.uid());
                    }
                }
            } else if (e instanceof MailboxEvent.FlagsChanged f) {
                f.messages().forEach(m -> drainedModSeq = Math.max(drainedModSeq, m.modSeq()));
                updates.flagsChanged(f, entries, f.originViewId() == id);
            } else if (e instanceof MailboxEvent.Expunged x) {
                drainedModSeq = Math.max(drainedModSeq, x.modSeq());
                for (long uid : x.uids()) {
                    if (entries.markExpunged(uid)) {
                        recent.remove(uid);
                    }
                    updates.forget(uid);
                }
            } else if (e instanceof MailboxEvent.KeywordsChanged k) {
                updates.keywords(k.flags());
            } else if (e instanceof MailboxEvent.Deleted) {
                deleted = true;
            }
        }
    }

    private long recentCount() {
        return recent.size();
    }

    private List<MessageRef> refs(BitSet hits) {
        List<Long> uids = new ArrayList<>();
        hits.stream().forEach(i -> uids.add(entries.get(i).uid));
        Map<Long, StoredMessage> current = mailbox.messages(uids).stream()
                .collect(Collectors.toMap(StoredMessage::uid, m -> m));
        List<MessageRef> out = new ArrayList<>(uids.size());
        hits.stream().forEach(i -> {
            ViewEntries.Entry e = entries.get(i);
            StoredMessage now = current.get(e.uid);
            out.add(new MessageRef(i + 1, e.uid, now != null ? now : e.message, recent.contains(e.uid),
                    now == null || e.expunged));
        });
        return out;
    }

    private void requireWritable() {
        if (readOnly) {
            throw new StoreException(StoreException.Reason.NOT_ALLOWED, "mailbox is open read-only (EXAMINE)");
        }
    }

    /** Unregisters from the mailbox; messages recent here stop being recent (§2.3.2). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            mailbox.detach(this);
        }
    }
}
