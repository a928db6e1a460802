package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Brings the model up to date with a completed command, and checks what the completion itself
 * decides: the UIDs APPENDUID and COPYUID assign ascend (RFC 3501 §2.3.1.1), and EXPUNGE or MOVE
 * reported exactly the messages that went (RFC 3501 §6.4.3, RFC 6851 §3.3). A valid command the
 * server refuses is a failure to keep the change.
 */
final class Mutations {
    private final SyncRun run;
    private final AccountModel model;

    Mutations(SyncRun run, AccountModel model) {
        this.run = run;
        this.model = model;
    }

    boolean appended(Device d, String folder, int content, List<String> flags, CommandResult r) {
        if (!refused(d, r)) {
            ResponseCode.AppendUid code = r.code(ResponseCode.AppendUid.class);
            AccountModel.Mailbox box = model.mailbox(folder);
            if (code == null || box == null) {
                return box != null;
            }
            long uid = code.uids().ranges().get(0).low();
            if (assigned(d, folder, code.uidValidity(), uid)) {
                box.messages.put(uid, new AccountModel.Message(uid, content, FlagNames.of(flags)));
            }
            return true;
        }
        return false;
    }

    /** Records an assigned UID and checks it ascends; false (after reporting) when it does not. */
    private boolean assigned(Device d, String folder, long uidValidity, long uid) {
        AccountModel.Mailbox box = model.mailbox(folder);
        if (box.uidValidity != uidValidity) {
            box.uidsUnsettled |= box.uidValidity != 0;
            box.uidValidity = uidValidity;
        }
        Trace.Entry entry = d.lastEntry();
        AccountModel.UidMark before = model.assign(folder, uidValidity, uid, entry);
        if (before == null) {
            return true;
        }
        List<String> noUntagged = List.of();
        boolean recreated = model.wasDeleted(folder);
        run.report(Finding.of(Rule.UID_ASCENDING, "UID " + uid + " assigned in " + folder + " under UIDVALIDITY "
                + uidValidity + ", but UID " + before.uid() + " was assigned there before"
                + (recreated ? " (the folder was deleted and created again, keeping its UIDVALIDITY)" : ""), noUntagged),
                d.index, entry);
        if (before.entry() != null && before.entry().client() != null && before.entry().client().startsWith("APPEND")
                && entry.client().startsWith("APPEND")) {
            String v = run.trace().variable("cap");
            String u = run.trace().variable("cap");
            before.entry().completion("S: OK [APPENDUID $" + v + " $" + u + "]");
            entry.completion(recreated ? "S: OK [APPENDUID !=$" + v + " *]" : "S: OK [APPENDUID * >$" + u + "]");
            if (recreated) {
                before.entry().completion("S: OK [APPENDUID $" + v + " *]");
            }
        }
        return false;
    }

    boolean stored(Device d, List<Long> uids, StoreMode mode, List<String> flags, CommandResult r) {
        if (refused(d, r)) {
            return false;
        }
        AccountModel.Mailbox box = model.mailbox(d.selected());
        boolean changed = false;
        for (long uid : uids) {
            AccountModel.Message m = box.messages.get(uid);
            if (m != null) {
                Set<String> next = apply(m.flags, mode, flags);
                changed |= !next.equals(m.flags);
                m.flags = next;
            }
        }
        return changed;
    }

    static Set<String> apply(Set<String> current, StoreMode mode, List<String> flags) {
        Set<String> next = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (mode != StoreMode.REPLACE) {
            next.addAll(current);
        }
        if (mode == StoreMode.REMOVE) {
            next.removeAll(FlagNames.of(flags));
        } else {
            next.addAll(FlagNames.of(flags));
        }
        return FlagNames.of(next);
    }

    /** EXPUNGE or UID EXPUNGE ({@code uids} non-null): the \Deleted messages (among {@code uids}) go. */
    boolean expunged(Device d, List<Long> held, SequenceSet uids, CommandResult r) {
        if (refused(d, r)) {
            return false;
        }
        AccountModel.Mailbox box = model.mailbox(d.selected());
        long largest = box.messages.isEmpty() ? 0 : box.messages.lastKey();
        List<Long> doomed = box.messages.values().stream()
                .filter(m -> m.flags.contains("\\Deleted") && (uids == null || uids.contains(m.uid, largest)))
                .map(m -> m.uid).toList();
        doomed.forEach(box.messages::remove);
        checkRemoved(d, held, doomed, box, "EXPUNGE");
        return !doomed.isEmpty();
    }

    /**
     * The messages removed while the command ran must include {@code gone} and otherwise only
     * messages other devices removed earlier; the expected EXPUNGE numbers go into the replay.
     */
    private void checkRemoved(Device d, List<Long> held, List<Long> gone, AccountModel.Mailbox box, String what) {
        Set<Long> removed = new HashSet<>(d.view.removedDuringCommand());
        // Only messages the device was told of must be reported: one added and removed between two
        // of its commands never reached its view, so neither EXISTS nor EXPUNGE is owed for it.
        boolean missing = !removed.containsAll(gone.stream().filter(held::contains).toList());
        boolean extra = removed.stream().anyMatch(u -> gone.contains(u) ? false : box.messages.containsKey(u));
        if (missing || extra) {
            List<Long> after = new ArrayList<>();
            for (long uid : held) {
                if (uid == 0 || box.messages.containsKey(uid)) {
                    after.add(uid);
                }
            }
            run.report(Finding.of(Rule.EXPUNGE_REPORTS_REMOVED, what + " removed UIDs " + new TreeSet<>(gone)
                    + " but the responses, applied in order to the client's view " + held + ", removed "
                    + new TreeSet<>(removed), Checks.updateLines(held, after, null)), d.index, d.lastEntry());
        }
    }

    /** COPY or MOVE: COPYUID (RFC 4315 §3) pairs each source UID with its copy's UID, in order. */
    boolean copied(Device d, List<Long> sources, String destination, CommandResult r) {
        if (refused(d, r)) {
            return false;
        }
        ResponseCode.CopyUid code = r.code(ResponseCode.CopyUid.class);
        for (UntaggedResponse.Status s : r.untagged(UntaggedResponse.Status.class)) {
            if (s.code() instanceof ResponseCode.CopyUid c) {
                code = c; // MOVE sends it untagged (RFC 6851 §4.3)
            }
        }
        AccountModel.Mailbox from = model.mailbox(d.selected());
        AccountModel.Mailbox to = model.mailbox(destination);
        if (code == null || to == null) {
            return to != null;
        }
        List<Long> src = expand(code.sourceUids());
        List<Long> dst = expand(code.destinationUids());
        for (int i = 0; i < Math.min(src.size(), dst.size()); i++) {
            AccountModel.Message original = from.messages.get(src.get(i));
            if (original == null || !assigned(d, destination, code.uidValidity(), dst.get(i))) {
                continue;
            }
            to.messages.put(dst.get(i), new AccountModel.Message(dst.get(i), original.content, original.flags));
        }
        return true;
    }

    boolean moved(Device d, List<Long> held, List<Long> sources, CommandResult r) {
        AccountModel.Mailbox box = model.mailbox(d.selected());
        List<Long> gone = sources.stream().filter(box.messages::containsKey).toList();
        gone.forEach(box.messages::remove);
        if (run.passed()) {
            checkRemoved(d, held, gone, box, "MOVE");
        }
        return !gone.isEmpty();
    }

    void created(Device d, String name, CommandResult r) {
        if (!refused(d, r)) {
            model.create(name);
        }
    }

    void deleted(Device d, String name, CommandResult r) {
        if (!refused(d, r)) {
            model.delete(name);
        }
    }

    void renamed(Device d, String from, String to, CommandResult r) {
        if (!refused(d, r)) {
            model.rename(from, to);
        }
    }

    private boolean refused(Device d, CommandResult r) {
        if (r.isOk()) {
            return false;
        }
        run.report(Finding.of(Rule.SERVER_KEEPS_CHANGES, "a valid " + r.command().command().name() + " was refused: "
                + r.completion().status() + " " + r.completion().text(), List.of()), d.index, d.lastEntry());
        return true;
    }

    private static List<Long> expand(SequenceSet set) {
        List<Long> out = new ArrayList<>();
        for (SequenceSet.Range range : set.ranges()) {
            long step = range.start() <= range.end() ? 1 : -1;
            for (long n = range.start(); ; n += step) {
                out.add(n);
                if (n == range.end()) {
                    break;
                }
            }
        }
        return out;
    }
}
