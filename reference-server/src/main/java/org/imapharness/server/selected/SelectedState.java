package org.imapharness.server.selected;

import java.util.Objects;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.MailboxView;

/**
 * What a selected-state command runs against: the logged-in account (for COPY/MOVE targets),
 * this session's view of the selected mailbox, the server's fault switches, and whether the
 * session has enabled CONDSTORE (RFC 7162 §3.1: by ENABLE or by any CONDSTORE-enabling command,
 * see {@link SelectedCommands#enablesCondstore}) and QRESYNC (RFC 7162 §3.2.3, ENABLE only).
 * Built by the session for each command; the executors never keep it.
 */
public record SelectedState(Account account, MailboxView view, FaultSet faults, boolean condstoreEnabled,
                            boolean qresyncEnabled) {
    public SelectedState {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(faults, "faults");
        // QRESYNC implies CONDSTORE (RFC 7162 §3.2.3).
        condstoreEnabled = condstoreEnabled || qresyncEnabled;
    }

    /** This state with CONDSTORE switched on, for a command that enables it. */
    SelectedState withCondstore() {
        return condstoreEnabled ? this : new SelectedState(account, view, faults, true, qresyncEnabled);
    }
}
