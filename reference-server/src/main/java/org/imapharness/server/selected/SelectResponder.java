package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.Mailbox;
import org.imapharness.server.store.MailboxView;
import org.imapharness.server.store.StoreException;
import org.imapharness.server.store.ViewOpening;

/**
 * SELECT (RFC 3501 §6.3.1) and EXAMINE (§6.3.2): opens the session's view and says what the
 * client must know before it uses sequence numbers, with the CONDSTORE and QRESYNC additions
 * (RFC 7162 §3.1.2.1, §3.2.5). The session closes its previous view before calling this (RFC 3501
 * §6.3.1: a SELECT deselects first, even when it fails) and sends {@code OK [CLOSED]} under QRESYNC
 * (RFC 7162 §3.2.11).
 */
public final class SelectResponder {
    private SelectResponder() {
    }

    /** The opened view ({@code null} when the outcome is not OK) and the responses to send. */
    public record Opened(MailboxView view, Outcome outcome) {
    }

    public static Opened open(Account account, Command.Select select, FaultSet faults, boolean condstoreEnabled,
                              boolean qresyncEnabled) {
        if (select.qresync() != null && !qresyncEnabled) {
            return failed(Outcome.bad("the QRESYNC parameter needs ENABLE QRESYNC first (RFC 7162 §3.2.5)"));
        }
        // Fault examine-read-write: EXAMINE is taken for SELECT.
        boolean readOnly = select.readOnly() && !faults.has(Fault.EXAMINE_READ_WRITE);
        MailboxView view;
        long unseenCount;
        try {
            Mailbox mailbox = account.mailbox(select.mailbox());
            view = mailbox.open(readOnly);
            unseenCount = faults.has(Fault.SELECT_UNSEEN_COUNT) ? mailbox.status().unseen() : -1;
        } catch (StoreException e) {
            return failed(SelectedCommands.refused(e));
        }
        if (qresyncEnabled) {
            view.enableQresync();
        } else if (condstoreEnabled || SelectedCommands.enablesCondstore(select)) {
            view.enableCondstore();
        }
        List<UntaggedResponse> untagged = greeting(view.opening(), unseenCount);
        if (select.qresync() != null) {
            boolean dropEarlier = faults.has(Fault.VANISHED_WITHOUT_EARLIER);
            for (UntaggedResponse change : QresyncSelect.changes(view, select.qresync())) {
                // vanished-without-earlier: old expunges then read as news of this session.
                untagged.add(change instanceof UntaggedResponse.Vanished v && dropEarlier
                        ? new UntaggedResponse.Vanished(false, v.uids()) : change);
            }
        }
        ResponseCode access = readOnly ? new ResponseCode.ReadOnly() : new ResponseCode.ReadWrite();
        return new Opened(view, Outcome.ok(untagged, access, select.name() + " completed"));
    }

    /**
     * The §6.3.1 responses in Dovecot's order. HIGHESTMODSEQ goes out on every successful SELECT and
     * EXAMINE, not only under CONDSTORE: RFC 7162 §3.1.2.1 requires it from a server that keeps
     * mod-sequences persistently, which ours always does (so it never says NOMODSEQ).
     */
    private static List<UntaggedResponse> greeting(ViewOpening o, long unseenCountFault) {
        List<UntaggedResponse> out = new ArrayList<>();
        out.add(new UntaggedResponse.Flags(o.flags()));
        out.add(new UntaggedResponse.Exists(o.exists()));
        out.add(new UntaggedResponse.Recent(o.recent()));
        if (o.firstUnseen() > 0) {
            // Fault select-unseen-count (unseenCountFault >= 0): the count, as STATUS UNSEEN gives it.
            long unseen = unseenCountFault >= 0 ? unseenCountFault : o.firstUnseen();
            out.add(okCode(new ResponseCode.Unseen(unseen), "First unseen."));
        }
        out.add(okCode(new ResponseCode.PermanentFlags(o.permanentFlags()),
                o.permanentFlags().isEmpty() ? "Read-only mailbox." : "Flags permitted."));
        out.add(okCode(new ResponseCode.UidValidity(o.uidValidity()), "UIDs valid"));
        out.add(okCode(new ResponseCode.UidNext(o.uidNext()), "Predicted next UID"));
        out.add(okCode(new ResponseCode.HighestModSeq(o.highestModSeq()), "Highest"));
        return out;
    }

    static UntaggedResponse okCode(ResponseCode code, String text) {
        return new UntaggedResponse.Status(StatusCondition.OK, code, text);
    }

    private static Opened failed(Outcome outcome) {
        return new Opened(null, outcome);
    }
}
