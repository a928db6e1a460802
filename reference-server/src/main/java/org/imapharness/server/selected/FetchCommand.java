package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.store.MessageRef;
import org.imapharness.server.store.StoreResult;
import org.imapharness.server.store.StoredMessage;

/**
 * FETCH and UID FETCH (RFC 3501 §6.4.5, §6.4.8) with CHANGEDSINCE (RFC 7162 §3.1.4.1) and VANISHED
 * (RFC 7162 §3.2.6). Sets \Seen first where the request implies it, so the data and FLAGS in the
 * same response agree. Sends no EXPUNGE (§7.4.1); see {@link SelectedUpdates}.
 */
final class FetchCommand {
    private FetchCommand() {
    }

    static Outcome execute(Command.Fetch fetch, SelectedState state) {
        if (fetch.vanished() && (!fetch.uid() || fetch.changedSince() == null || !state.qresyncEnabled())) {
            return Outcome.bad("VANISHED needs UID FETCH, CHANGEDSINCE and ENABLE QRESYNC (RFC 7162 §3.2.6)");
        }
        List<MessageRef> refs = MessageSets.resolve(state.view(), fetch.uid(), fetch.set(), state.faults());
        if (fetch.changedSince() != null) {
            long since = fetch.changedSince();
            refs = refs.stream().filter(r -> r.message().modSeq() > since).toList();
        }
        Set<FetchAttribute> items = new LinkedHashSet<>(fetch.items());
        String unknown = unknownEncoding(refs, items);
        if (unknown != null) {
            return Outcome.no(new ResponseCode.Other("UNKNOWN-CTE", null),
                    "cannot decode Content-Transfer-Encoding " + unknown);
        }
        List<UntaggedResponse> out = new ArrayList<>();
        if (fetch.vanished()) {
            out.addAll(FetchVanished.responses(state.view(), fetch.set(), fetch.changedSince()));
        }
        Map<Long, StoredMessage> seenNow = markSeen(refs, items, state);
        for (MessageRef ref : refs) {
            StoredMessage changed = seenNow.get(ref.uid());
            MessageRef now = changed == null ? ref
                    : new MessageRef(ref.sequence(), ref.uid(), changed, ref.recent(), ref.expunged());
            out.add(new UntaggedResponse.Fetch(ref.sequence(),
                    attributes(now, items, fetch.uid(), changed != null, state)));
        }
        return Outcome.ok(out, fetch.name() + " completed");
    }

    /**
     * The response items: UID first for UID FETCH (§6.4.8: always present), the requested ones in
     * order, FLAGS when \Seen was set implicitly and FLAGS was not asked for (§6.4.5), and under
     * CONDSTORE MODSEQ always, plus UID when the flags changed (RFC 7162 §3.1).
     */
    private static List<MessageAttribute> attributes(MessageRef ref, Set<FetchAttribute> items, boolean uidCommand,
                                                     boolean flagsChanged, SelectedState state) {
        List<MessageAttribute> attrs = new ArrayList<>();
        boolean condstore = state.condstoreEnabled();
        if (!items.contains(FetchAttribute.Simple.UID) && (uidCommand || condstore && flagsChanged)) {
            attrs.add(new MessageAttribute.Uid(ref.uid()));
        }
        for (FetchAttribute item : items) {
            attrs.add(FetchItems.item(item, ref, state.faults()));
        }
        if (flagsChanged && !items.contains(FetchAttribute.Simple.FLAGS)) {
            attrs.add(new MessageAttribute.Flags(ref.wireFlags()));
        }
        if (condstore && !items.contains(FetchAttribute.Simple.MODSEQ)) {
            attrs.add(new MessageAttribute.ModSeq(ref.message().modSeq()));
        }
        return attrs;
    }

    /**
     * Sets \Seen where the items imply it, only on a read-write view (an EXAMINEd mailbox never
     * changes, §6.3.2). Returns the new state of the messages whose flags changed, by UID.
     */
    private static Map<Long, StoredMessage> markSeen(List<MessageRef> refs, Set<FetchAttribute> items,
                                                     SelectedState state) {
        boolean readOnly = state.view().readOnly() && !state.faults().has(Fault.EXAMINE_FETCH_SETS_SEEN);
        if (readOnly || items.stream().noneMatch(i -> FetchItems.setsSeen(i, state.faults()))) {
            return Map.of();
        }
        List<Long> unseen = refs.stream().filter(r -> !r.expunged() && !r.message().flags().contains(Flags.SEEN))
                .map(MessageRef::uid).toList();
        if (unseen.isEmpty()) {
            return Map.of();
        }
        StoreResult result = state.view().readOnly() // only with the examine-fetch-sets-seen fault
                ? state.view().mailbox().store(unseen, StoreMode.ADD, List.of(Flags.SEEN), null, state.view())
                : state.view().store(unseen, StoreMode.ADD, List.of(Flags.SEEN), null);
        Set<Long> changed = Set.copyOf(result.changedUids());
        return result.matched().stream().filter(m -> changed.contains(m.uid()))
                .collect(Collectors.toMap(StoredMessage::uid, Function.identity()));
    }

    private static String unknownEncoding(List<MessageRef> refs, Set<FetchAttribute> items) {
        for (FetchAttribute item : items) {
            if (item instanceof FetchAttribute.Binary || item instanceof FetchAttribute.BinarySize) {
                for (MessageRef ref : refs) {
                    String encoding = BinaryItems.unknownEncoding(item, ref.message().content());
                    if (encoding != null) {
                        return encoding;
                    }
                }
            }
        }
        return null;
    }
}
