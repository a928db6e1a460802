package org.imapharness.server.selected;

import java.util.List;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.store.StoreException;

/**
 * CHECK (RFC 3501 §6.4.1), CLOSE (§6.4.2) and UNSELECT (RFC 3691). CLOSE and UNSELECT close the
 * view here; the session then returns to the authenticated state.
 */
final class MailboxLifecycle {
    private MailboxLifecycle() {
    }

    /**
     * Every change is already durable when the store returns (see the store's package-info).
     * check-refused answers as a server that dropped CHECK with IMAP4rev1 would.
     */
    static Outcome check(SelectedState state) {
        if (state.faults().has(Fault.CHECK_REFUSED)) {
            return Outcome.bad("unknown command CHECK");
        }
        return Outcome.ok("CHECK completed");
    }

    /**
     * Removes \Deleted messages unless the mailbox is read-only, and never tells the client which
     * (§6.4.2): the session leaves the mailbox, so its numbering no longer matters.
     */
    static Outcome close(SelectedState state) {
        List<UntaggedResponse> untagged = List.of();
        try {
            if (state.view().readOnly() && state.faults().has(Fault.CLOSE_EXPUNGES_READ_ONLY)) {
                state.view().mailbox().expunge(null);
            } else if (!state.view().readOnly()) {
                state.view().expunge(null);
                if (state.faults().has(Fault.CLOSE_EXPUNGE_SENDS_EXPUNGE)) {
                    untagged = SelectedUpdates.flush(state.view(), true, state.faults());
                }
            }
        } catch (StoreException e) {
            // The mailbox was deleted meanwhile: nothing left to expunge; CLOSE still succeeds.
            if (e.reason() != StoreException.Reason.NONEXISTENT) {
                throw e;
            }
        } finally {
            state.view().close();
        }
        return Outcome.ok(untagged, "CLOSE completed");
    }

    /** Like CLOSE without the expunge (RFC 3691 §2); unselect-expunges makes it CLOSE. */
    static Outcome unselect(SelectedState state) {
        if (state.faults().has(Fault.UNSELECT_EXPUNGES)) {
            return close(state);
        }
        state.view().close();
        return Outcome.ok("UNSELECT completed");
    }
}
