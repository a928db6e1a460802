package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.store.MessageRef;
import org.imapharness.server.store.StoreResult;
import org.imapharness.server.store.StoredMessage;
import org.imapharness.server.store.UidSets;

/**
 * STORE and UID STORE (RFC 3501 §6.4.6, §6.4.8) with UNCHANGEDSINCE (RFC 7162 §3.1.3). Replies with
 * the new FLAGS of every addressed message unless .SILENT; under CONDSTORE each reply also carries
 * UID and MODSEQ, and messages whose flags changed are reported even with .SILENT, so the client's
 * mod-sequence cache stays right. Messages that failed UNCHANGEDSINCE are not touched and are
 * listed in {@code OK [MODIFIED ...]}.
 */
final class StoreCommand {
    private StoreCommand() {
    }

    static Outcome execute(Command.Store store, SelectedState state) {
        // store-read-only-applied: the view stays read-only, but the change goes to the mailbox.
        boolean writeThrough = state.view().readOnly() && state.faults().has(Fault.STORE_READ_ONLY_APPLIED);
        if (state.view().readOnly() && !writeThrough) {
            return Outcome.no(null, "mailbox is read-only (EXAMINE): flags cannot change");
        }
        List<MessageRef> refs = MessageSets.resolve(state.view(), store.uid(), store.set());
        Map<Long, MessageRef> byUid = refs.stream().collect(Collectors.toMap(MessageRef::uid, Function.identity()));
        StoreResult result = writeThrough
                ? state.view().mailbox().store(byUid.keySet(), store.mode(), store.flags(), store.unchangedSince(),
                        state.view())
                : state.view().store(byUid.keySet(), store.mode(), store.flags(), store.unchangedSince());
        Set<Long> changed = new HashSet<>(result.changedUids());
        // store-silent-sends-fetch: .SILENT is parsed but answered as the plain form.
        boolean silent = store.silent() && !state.faults().has(Fault.STORE_SILENT_SENDS_FETCH);
        List<UntaggedResponse> out = new ArrayList<>();
        for (StoredMessage m : result.matched()) {
            boolean report = !silent || state.condstoreEnabled() && changed.contains(m.uid());
            if (report) {
                MessageRef before = byUid.get(m.uid());
                out.add(new UntaggedResponse.Fetch(before.sequence(), reply(store, silent, state, before, m)));
            }
        }
        if (result.modifiedUids().isEmpty()) {
            return Outcome.ok(out, store.name() + " completed");
        }
        List<Long> failed = store.uid() ? result.modifiedUids()
                : result.modifiedUids().stream().map(uid -> byUid.get(uid).sequence()).toList();
        return Outcome.ok(out, new ResponseCode.Modified(UidSets.compress(failed)),
                "Conditional " + store.name() + " failed for some messages");
    }

    private static List<MessageAttribute> reply(Command.Store store, boolean silent, SelectedState state,
                                                MessageRef before, StoredMessage now) {
        List<MessageAttribute> attrs = new ArrayList<>();
        if (!silent) {
            MessageRef ref = new MessageRef(before.sequence(), now.uid(), now, before.recent(), before.expunged());
            attrs.add(new MessageAttribute.Flags(ref.wireFlags()));
        }
        if (store.uid() || state.condstoreEnabled()) {
            attrs.add(new MessageAttribute.Uid(now.uid()));
        }
        if (state.condstoreEnabled()) {
            attrs.add(new MessageAttribute.ModSeq(now.modSeq()));
        }
        return attrs;
    }
}
