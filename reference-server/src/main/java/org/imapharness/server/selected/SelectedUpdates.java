package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.MailboxView;

/**
 * The one place where a selected session's pending mailbox updates (changes by other sessions,
 * and this session's own expunges) become untagged responses. The session calls {@link #after}
 * once per command, between the command's own untagged responses and its tagged completion, and
 * {@link #flush} for NOOP/IDLE-style moments; executors call {@link #flush} only for commands whose
 * own answer is the expunge (EXPUNGE, UID EXPUNGE, MOVE).
 */
public final class SelectedUpdates {
    private SelectedUpdates() {
    }

    /** The updates to send after {@code command} completed (before its tagged response). */
    public static List<UntaggedResponse> after(Command command, SelectedState state) {
        return flush(state.view(), allowsExpunge(command, state.faults()), state.faults());
    }

    /**
     * Whether EXPUNGE (or VANISHED) may be sent now. Never while answering FETCH, STORE or SEARCH
     * (RFC 3501 §7.4.1, §5.5: the client's sequence numbers must stay put during them). §7.4.1 would
     * allow it during their UID forms, but we hold expunges back there too: it is allowed, and a
     * client pipelining sequence-number commands behind a UID command keeps stable numbers.
     */
    public static boolean allowsExpunge(Command command, FaultSet faults) {
        if (command instanceof Command.Fetch f) {
            return !f.uid() && faults.has(Fault.EXPUNGE_DURING_FETCH);
        }
        if (command instanceof Command.Move && faults.has(Fault.MOVE_NO_EXPUNGE)) {
            return false;
        }
        return !(command instanceof Command.Store || command instanceof Command.Search);
    }

    /** {@link MailboxView#flush}, with the fault switches that bend how expunges are numbered. */
    public static List<UntaggedResponse> flush(MailboxView view, boolean allowExpunge, FaultSet faults) {
        List<UntaggedResponse> out = view.flush(allowExpunge);
        if (faults.has(Fault.EXPUNGE_NO_DECREMENT)) {
            return withoutDecrement(out);
        }
        return out;
    }

    /**
     * Renumbers each run of EXPUNGE responses as if the earlier ones in the run had not removed
     * anything: the numbers the messages had before the run (RFC 3501 §7.4.1 requires the opposite).
     */
    static List<UntaggedResponse> withoutDecrement(List<UntaggedResponse> responses) {
        List<UntaggedResponse> out = new ArrayList<>(responses.size());
        List<Long> removedBefore = new ArrayList<>();
        for (UntaggedResponse r : responses) {
            if (r instanceof UntaggedResponse.Expunge e) {
                long original = e.sequenceNumber();
                for (long earlier : removedBefore) {
                    if (earlier <= original) {
                        original++;
                    }
                }
                removedBefore.add(original);
                removedBefore.sort(null);
                out.add(new UntaggedResponse.Expunge(original));
            } else {
                removedBefore.clear();
                out.add(r);
            }
        }
        return out;
    }
}
