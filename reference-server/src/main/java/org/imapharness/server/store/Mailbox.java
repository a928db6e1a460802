package org.imapharness.server.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.store.Mutation.FlagsChanged;
import org.imapharness.server.store.Mutation.MessageAppended;
import org.imapharness.server.store.Mutation.MessagesCopied;
import org.imapharness.server.store.Mutation.MessagesExpunged;

/**
 * One mailbox: its operations. Every method takes the owning account's lock, so a mailbox is
 * safe to use from any thread; the state itself lives in {@link MailboxState}. Operations compute
 * {@link Mutation}s, commit them through the account (journal first, then apply, then publish
 * events to open {@link MailboxView}s) and report what RFC 4315 / RFC 7162 responses need.
 * A Mailbox object stays valid across RENAME; after DELETE its operations throw NONEXISTENT.
 */
public final class Mailbox {
    private final Account account;
    final MailboxState state;

    Mailbox(Account account, MailboxState state) {
        this.account = account;
        this.state = state;
    }

    Account account() {
        return account;
    }

    public String name() {
        return account.read(() -> state.name);
    }

    public long uidValidity() {
        return state.uidValidity;
    }

    /** The RFC 6154 attribute ({@code \Sent} ...) or {@code null}. */
    public String specialUse() {
        return state.specialUse;
    }

    public MailboxStatus status() {
        return account.read(() -> {
            requireSelectable();
            MailboxStatus s = state.status();
            if (account.faults.has(Fault.STATUS_CLEARS_RECENT)) {
                state.forgetUnclaimedRecent();
            }
            if (account.faults.has(Fault.STATUS_UNSEEN_FIRST_NUMBER)) {
                s = s.withUnseen(state.firstUnseenNumber());
            }
            return account.faults.has(Fault.UIDNEXT_STALE) ? s.withUidNext(1) : s;
        });
    }

    /** FLAGS (RFC 3501 §7.2.6): the system flags and every keyword in use. */
    public List<String> definedFlags() {
        return account.read(state::definedFlags);
    }

    /** PERMANENTFLAGS for a read-write session (§7.1): the defined flags plus {@code \*}. */
    public List<String> permanentFlags() {
        return account.read(() -> {
            List<String> out = new ArrayList<>(state.definedFlags());
            out.add(org.imapharness.protocol.model.Flags.ANY_KEYWORD);
            return out;
        });
    }

    /** Opens a session's view (SELECT, or EXAMINE when {@code readOnly}). */
    public MailboxView open(boolean readOnly) {
        return account.read(() -> {
            requireSelectable();
            MailboxView view = new MailboxView(this, readOnly);
            state.attach(view);
            return view;
        });
    }

    /** The current state of the messages with these UIDs that still exist, ascending. */
    public List<StoredMessage> messages(Collection<Long> uids) {
        return account.read(() -> {
            List<StoredMessage> out = new ArrayList<>();
            for (long uid : new TreeSet<>(uids)) {
                StoredMessage m = state.messages.get(uid);
                if (m != null) {
                    out.add(m);
                }
            }
            return out;
        });
    }

    /** Messages whose mod-sequence exceeds {@code modSeq} (CHANGEDSINCE, QRESYNC). */
    public List<StoredMessage> changedSince(long modSeq) {
        return account.read(() -> state.messages.values().stream().filter(m -> m.modSeq() > modSeq).toList());
    }

    /** UIDs expunged after {@code modSeq}, ascending (VANISHED (EARLIER), RFC 7162 §3.2.5.2). */
    public List<Long> expungedSince(long modSeq) {
        return account.read(() -> state.expungeLog.since(modSeq));
    }

    public AppendResult append(byte[] content, Collection<String> flags, OffsetDateTime internalDate) {
        return account.write(() -> {
            requireSelectable();
            long uid = account.faults.has(Fault.UID_REUSE)
                    ? (state.messages.isEmpty() ? 1 : state.messages.lastKey() + 1)
                    : state.uidNext;
            account.commit(List.of(new MessageAppended(state.name, uid, state.highestModSeq + 1,
                    internalDate.toEpochSecond(), internalDate.getOffset().getTotalSeconds(),
                    MailboxState.storable(flags), content.clone())));
            return new AppendResult(state.uidValidity, uid);
        });
    }

    /**
     * STORE on the given UIDs (missing ones are ignored, RFC 3501 §6.4.8). With
     * {@code unchangedSince} (RFC 7162 §3.1.3) messages modified after it are left alone and reported.
     * Only messages whose flags really change get a new mod-sequence.
     */
    public StoreResult store(Collection<Long> uids, StoreMode mode, Collection<String> flags, Long unchangedSince,
                             MailboxView origin) {
        return account.write(() -> {
            requireSelectable();
            List<String> wanted = MailboxState.storable(flags);
            List<Long> changed = new ArrayList<>();
            List<List<String>> newFlags = new ArrayList<>();
            List<Long> passed = new ArrayList<>();
            List<Long> modified = new ArrayList<>();
            for (long uid : new TreeSet<>(uids)) {
                StoredMessage m = state.messages.get(uid);
                if (m == null) {
                    continue;
                }
                if (unchangedSince != null && m.modSeq() > unchangedSince) {
                    modified.add(uid);
                    continue;
                }
                passed.add(uid);
                FlagSet next = switch (mode) {
                    case REPLACE -> FlagSet.of(wanted);
                    case ADD -> m.flags().plus(wanted);
                    case REMOVE -> m.flags().minus(wanted);
                };
                if (!next.sameFlags(m.flags())) {
                    changed.add(uid);
                    newFlags.add(next.toList());
                }
            }
            if (!changed.isEmpty()) {
                // Mod-sequence 0 in the record means "keep each message's own": the modseq-not-increased fault.
                long modSeq = account.faults.has(Fault.MODSEQ_NOT_INCREASED) ? 0 : state.highestModSeq + 1;
                account.commit(List.of(new FlagsChanged(state.name, modSeq, changed, newFlags)),
                        origin == null ? 0 : origin.id());
            }
            List<StoredMessage> matched = passed.stream().map(state.messages::get).toList();
            return new StoreResult(matched, changed, modified);
        });
    }

    /**
     * Removes the messages flagged \Deleted: all of them ({@code uids == null}, EXPUNGE / CLOSE) or
     * those among {@code uids} (UID EXPUNGE, RFC 4315 §2.1). Returns the expunged UIDs, ascending.
     */
    public List<Long> expunge(Collection<Long> uids) {
        return account.write(() -> {
            requireSelectable();
            List<Long> doomed = new ArrayList<>();
            Collection<Long> candidates = uids == null ? state.messages.keySet() : new TreeSet<>(uids);
            for (long uid : candidates) {
                StoredMessage m = state.messages.get(uid);
                if (m != null && m.flags().contains(org.imapharness.protocol.model.Flags.DELETED)) {
                    doomed.add(uid);
                }
            }
            if (!doomed.isEmpty()) {
                account.commit(List.of(new MessagesExpunged(state.name, state.highestModSeq + 1, doomed)));
            }
            return doomed;
        });
    }

    /** COPY (RFC 3501 §6.4.7): flags and internal dates are kept; UIDs for COPYUID. */
    public CopyResult copyTo(Collection<Long> uids, Mailbox target) {
        return transfer(uids, target, false);
    }

    /** MOVE (RFC 6851): copy, then expunge the originals, as one atomic change. */
    public CopyResult moveTo(Collection<Long> uids, Mailbox target) {
        return transfer(uids, target, true);
    }

    private CopyResult transfer(Collection<Long> uids, Mailbox target, boolean move) {
        if (target.account != account) {
            throw new IllegalArgumentException("copy across accounts is not supported");
        }
        return account.write(() -> {
            requireSelectable();
            target.requireSelectable();
            List<Long> sources = new ArrayList<>();
            for (long uid : new TreeSet<>(uids)) {
                if (state.messages.containsKey(uid)) {
                    sources.add(uid);
                }
            }
            if (sources.isEmpty()) {
                return new CopyResult(target.state.uidValidity, List.of(), List.of());
            }
            long first = target.state.uidNext;
            long copyModSeq = target.state.highestModSeq + 1;
            List<Mutation> mutations = new ArrayList<>();
            mutations.add(new MessagesCopied(state.name, target.state.name, sources, first, copyModSeq));
            if (!move && account.faults.has(Fault.COPY_FLAGS_DROPPED)) {
                mutations.add(flagsDropped(target.state.name, first, sources.size(), copyModSeq + 1));
            }
            if (move) {
                long expungeModSeq = target == this ? copyModSeq + 1 : state.highestModSeq + 1;
                mutations.add(new MessagesExpunged(state.name, expungeModSeq, sources));
            }
            account.commit(mutations);
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                created.add(first + i);
            }
            return new CopyResult(target.state.uidValidity, sources, created);
        });
    }

    /** Fault copy-flags-dropped: the copies' flags are cleared at once, in the same change. */
    private static FlagsChanged flagsDropped(String mailbox, long firstUid, int count, long modSeq) {
        List<Long> uids = new ArrayList<>();
        List<List<String>> none = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uids.add(firstUid + i);
            none.add(List.of());
        }
        return new FlagsChanged(mailbox, modSeq, uids, none);
    }

    void detach(MailboxView view) {
        account.write(() -> {
            state.detach(view);
            return null;
        });
    }

    private void requireSelectable() {
        if (state.deleted || !state.selectable) {
            throw new StoreException(StoreException.Reason.NONEXISTENT, "mailbox does not exist: " + state.name);
        }
    }
}
