package org.imapharness.server.session;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.server.fault.Fault;

/**
 * The CAPABILITY list (RFC 3501 §7.2.1) for a session's current state: only what is complete.
 * Before authentication it also says how to log in: STARTTLS while it is possible, and either
 * LOGINDISABLED (RFC 3501 §6.2.3) or AUTH=PLAIN with SASL-IR (RFC 4959). After STARTTLS the list
 * changes (§6.2.1), which is why the session sends it again in the tagged OK of a login.
 */
final class Capabilities {
    /** Extensions available in every state, besides LITERAL+ or LITERAL- (whichever {@code literal-mode} says). */
    static final List<String> EXTENSIONS = List.of("IDLE", "UIDPLUS", "MOVE", "ENABLE", "NAMESPACE",
            "UNSELECT", "ID", "CHILDREN", "SPECIAL-USE", "CONDSTORE", "QRESYNC", "ESEARCH", "BINARY",
            "LIST-EXTENDED", "LIST-STATUS");

    private Capabilities() {
    }

    static List<String> of(Session session) {
        List<String> caps = new ArrayList<>();
        caps.add("IMAP4rev1");
        if (session.state == SessionState.NOT_AUTHENTICATED) {
            // Fault: after STARTTLS keep advertising what was true before it.
            boolean asBeforeTls = session.tls && session.connection.startTlsOffered()
                    && session.config.faults().has(Fault.CAPABILITY_NOT_REISSUED_AFTER_TLS);
            boolean tls = session.tls && !asBeforeTls;
            if (!tls && session.connection.startTlsOffered()) {
                caps.add("STARTTLS");
            }
            boolean loginDisabled = asBeforeTls
                    ? !session.config.allowPlaintextAuth() && !session.config.faults().has(Fault.LOGIN_BEFORE_TLS)
                    : session.loginDisabled();
            if (loginDisabled) {
                caps.add("LOGINDISABLED");
            } else {
                caps.add("AUTH=PLAIN");
                caps.add("SASL-IR");
            }
        }
        caps.add(session.config.literals().capability());
        caps.addAll(EXTENSIONS);
        return caps;
    }
}
