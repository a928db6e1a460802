package org.imapharness.server.session;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;

/**
 * The fault switches that bend which mailbox updates a session passes on to its client. Each
 * drops one kind of response; with no fault on, the updates pass unchanged.
 */
final class UpdateFaults {
    private UpdateFaults() {
    }

    /**
     * @param command the command just completed, or null while idling
     * @param idling  the updates are pushed during IDLE
     */
    static List<UntaggedResponse> apply(List<UntaggedResponse> updates, FaultSet faults, Command command,
            boolean idling) {
        if (faults.isEmpty() || updates.isEmpty()) {
            return updates;
        }
        boolean dropExists = faults.has(Fault.EXISTS_NOT_SENT) && !addsMessages(command)
                || idling && faults.has(Fault.IDLE_NO_EXISTS);
        boolean dropFlagFetches = faults.has(Fault.FLAG_UPDATE_NOT_BROADCAST);
        List<UntaggedResponse> out = new ArrayList<>(updates.size());
        for (UntaggedResponse u : updates) {
            if (dropExists && u instanceof UntaggedResponse.Exists
                    || dropFlagFetches && u instanceof UntaggedResponse.Fetch) {
                continue;
            }
            out.add(u);
        }
        return out;
    }

    /** This session's own additions still get their EXISTS: the fault is about other sessions' (§5.2). */
    private static boolean addsMessages(Command command) {
        return command instanceof Command.Append || command instanceof Command.Copy
                || command instanceof Command.Move;
    }
}
