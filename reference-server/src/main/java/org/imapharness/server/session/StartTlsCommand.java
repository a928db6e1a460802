package org.imapharness.server.session;

import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.selected.Outcome;

/** STARTTLS (RFC 3501 §6.2.1). */
final class StartTlsCommand {
    private StartTlsCommand() {
    }

    /**
     * Refused where TLS is not offered or already on; otherwise the tagged OK is the last thing
     * sent in the clear, and the client must ask for CAPABILITY again once TLS is up (§6.2.1),
     * since the list changes (no STARTTLS, no LOGINDISABLED).
     */
    static void execute(Session session, String tag) {
        if (session.tls && session.config.faults().has(Fault.STARTTLS_IN_TLS_ALLOWED)) {
            // The fault: no check that TLS is already on, and no handshake behind the OK either.
            session.finish(tag, new Command.StartTls(), Outcome.ok("Begin TLS negotiation now"));
            return;
        }
        if (!session.connection.startTlsOffered()) {
            session.finish(tag, new Command.StartTls(), Outcome.bad("STARTTLS is not offered on this port; "
                    + "it is the implicit TLS port or the server has no certificate"));
            return;
        }
        if (session.tls) {
            session.finish(tag, new Command.StartTls(), Outcome.bad("TLS is already active"));
            return;
        }
        session.startTls(new TaggedResponse(tag, StatusCondition.OK, null, "Begin TLS negotiation now"));
    }
}
