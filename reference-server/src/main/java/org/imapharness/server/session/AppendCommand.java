package org.imapharness.server.session;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.store.AppendResult;
import org.imapharness.server.store.Mailbox;
import org.imapharness.server.store.StoreException;

/**
 * APPEND (RFC 3501 §6.3.11) with APPENDUID (RFC 4315 §3). The message arrived whole: its size
 * was checked against the literal limit before it was read (refused with NO [TOOBIG]). When the
 * target is the selected mailbox, the EXISTS comes from the update flush that follows.
 */
final class AppendCommand {
    private AppendCommand() {
    }

    static Outcome execute(Session session, Command.Append append) {
        Mailbox mailbox;
        try {
            mailbox = session.account.mailbox(append.mailbox());
        } catch (StoreException e) {
            // Fault append-no-trycreate: the plain refusal, NO [NONEXISTENT], without TRYCREATE.
            return session.config.faults().has(Fault.APPEND_NO_TRYCREATE) ? StoreErrors.outcome(e)
                    : StoreErrors.forTarget(e);
        }
        boolean dropFlags = append.flags() == null || session.config.faults().has(Fault.APPEND_FLAGS_DROPPED);
        List<String> flags = dropFlags ? List.of() : append.flags();
        // Without a date the internal date is now (§6.3.11), in the server's zone as a zone offset.
        OffsetDateTime date = append.internalDate() != null ? append.internalDate()
                : OffsetDateTime.now(ZoneId.systemDefault()).withNano(0);
        if (append.internalDate() != null && session.config.faults().has(Fault.APPEND_DATE_ZONE_DROPPED)) {
            // The client's +hhmm ignored: the same clock reading, labelled with this server's zone.
            date = date.toLocalDateTime().atZone(ZoneId.systemDefault()).toOffsetDateTime();
        }
        AppendResult result;
        try {
            result = mailbox.append(append.message().toByteArray(), flags, date);
        } catch (StoreException e) {
            return StoreErrors.forTarget(e);
        }
        long uid = session.config.faults().has(Fault.APPENDUID_NEXT_UID) ? result.uid() + 1 : result.uid();
        return Outcome.ok(List.of(), new ResponseCode.AppendUid(result.uidValidity(), SequenceSet.of(uid)),
                "APPEND completed");
    }
}
