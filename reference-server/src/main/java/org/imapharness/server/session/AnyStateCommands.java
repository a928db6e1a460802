package org.imapharness.server.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.selected.Outcome;

/** CAPABILITY, LOGOUT (RFC 3501 §6.1) and ID (RFC 2971); NOOP needs no handler of its own. */
final class AnyStateCommands {
    /** RFC 2971 §3.3 field names; no version details that would help an attacker pick exploits. */
    private static final Map<String, String> SERVER_ID;

    static {
        Map<String, String> id = new LinkedHashMap<>();
        id.put("name", "imap-harness reference server");
        id.put("vendor", "imap-harness");
        SERVER_ID = id;
    }

    private AnyStateCommands() {
    }

    static Outcome capability(Session session) {
        return Outcome.ok(List.of(new UntaggedResponse.Capability(session.capabilities())), "CAPABILITY completed");
    }

    /**
     * RFC 2971 §3.2: the server answers with its own ID whatever the client sent, NIL included
     * (§3.1, §4 {@code id_params_list}); id-nil-refused takes only a list.
     */
    static Outcome id(Session session, Command.Id id) {
        if (id.parameters() == null && session.config.faults().has(Fault.ID_NIL_REFUSED)) {
            return Outcome.bad("ID expects a parenthesised list of field-value pairs");
        }
        return Outcome.ok(List.of(new UntaggedResponse.Id(SERVER_ID)), "ID completed");
    }

    /** §6.1.3: BYE, then the tagged OK, then the connection closes. */
    static void logout(Session session, String tag) {
        session.idle.stop();
        if (!session.config.faults().has(Fault.LOGOUT_NO_BYE)) {
            session.out.send(new UntaggedResponse.Status(StatusCondition.BYE, null, "Logging out"));
        }
        session.out.send(new TaggedResponse(tag, StatusCondition.OK, null, "LOGOUT completed"));
        session.close("LOGOUT");
    }
}
