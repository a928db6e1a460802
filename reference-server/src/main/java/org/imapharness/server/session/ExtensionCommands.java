package org.imapharness.server.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.store.MailboxNames;

/** ENABLE (RFC 5161) and NAMESPACE (RFC 2342). */
final class ExtensionCommands {
    private ExtensionCommands() {
    }

    /**
     * Enables CONDSTORE and QRESYNC (RFC 7162 §3.1, §3.2.3; QRESYNC implies CONDSTORE). ENABLED
     * lists what this command switched on; unknown or already enabled names are left out
     * (RFC 5161 §3.1).
     */
    static Outcome enable(Session session, Command.Enable enable) {
        List<String> enabled = new ArrayList<>();
        for (String name : enable.capabilities()) {
            switch (name.toUpperCase(Locale.ROOT)) {
                case "CONDSTORE" -> {
                    if (!session.condstore) {
                        session.condstore = true;
                        enabled.add("CONDSTORE");
                    }
                }
                case "QRESYNC" -> {
                    if (!session.qresync) {
                        session.qresync = true;
                        session.condstore = true;
                        enabled.add("QRESYNC");
                    }
                }
                default -> {
                    // RFC 5161 §3.1: capabilities the server does not know are ignored
                    if (session.config.faults().has(Fault.ENABLE_LISTS_UNKNOWN)) {
                        enabled.add(name);
                    }
                }
            }
        }
        return Outcome.ok(List.of(new UntaggedResponse.Enabled(enabled)), "ENABLE completed");
    }

    /**
     * One personal namespace, the root, with our hierarchy delimiter; no other users' or shared ones.
     * namespace-delimiter-mismatch names a delimiter the mailbox names do not use.
     */
    static Outcome namespace(Session session) {
        boolean mismatch = session.config.faults().has(Fault.NAMESPACE_DELIMITER_MISMATCH);
        char delimiter = mismatch ? '.' : MailboxNames.DELIMITER;
        var personal = List.of(new UntaggedResponse.NamespaceDescriptor("", delimiter, Map.of()));
        return Outcome.ok(List.of(new UntaggedResponse.Namespace(personal, null, null)), "NAMESPACE completed");
    }
}
