package org.imapharness.server.session;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.selected.SelectResponder;
import org.imapharness.server.store.StoreException;

/** SELECT and EXAMINE (RFC 3501 §6.3.1–2): the session's side, around {@link SelectResponder}. */
final class SelectCommand {
    private SelectCommand() {
    }

    /**
     * Leaves the selected mailbox first, even if the new one cannot be opened (§6.3.1), marking the
     * boundary with {@code OK [CLOSED]} (RFC 7162 §3.2.11, which a QRESYNC server sends whenever a
     * SELECT closes a mailbox). A failed SELECT leaves the session authenticated, with a NO.
     */
    static Outcome execute(Session session, Command.Select select) {
        boolean keepOnFailure = session.config.faults().has(Fault.FAILED_SELECT_KEEPS_SELECTED);
        if (session.state == SessionState.SELECTED && keepOnFailure) {
            // failed-select-keeps-selected: a missing mailbox is refused before the old one is left.
            try {
                session.account.mailbox(select.mailbox());
            } catch (StoreException e) {
                return StoreErrors.outcome(e);
            }
        }
        List<UntaggedResponse> closed = List.of();
        if (session.state == SessionState.SELECTED) {
            session.view.close();
            session.view = null;
            session.state = SessionState.AUTHENTICATED;
            closed = List.of(new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.Closed(),
                    "Previous mailbox closed"));
        }
        SelectResponder.Opened opened = SelectResponder.open(session.account, select, session.config.faults(),
                session.condstore, session.qresync);
        if (opened.view() != null) {
            session.view = opened.view();
            session.state = SessionState.SELECTED;
        }
        return opened.outcome().withUntaggedBefore(closed);
    }
}
