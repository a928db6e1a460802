package org.imapharness.server.session;

import org.imapharness.protocol.command.Command;
import org.imapharness.server.selected.SelectedCommands;

/**
 * Which command is valid in which state (RFC 3501 §6.1–§6.4; ENABLE: RFC 5161 §3.1).
 */
final class CommandStates {
    private CommandStates() {
    }

    /** Null when {@code command} may run in {@code state}, else why not (the text of a tagged BAD). */
    static String refusal(Command command, SessionState state) {
        if (anyState(command)) {
            return null;
        }
        if (notAuthenticated(command)) {
            return state == SessionState.NOT_AUTHENTICATED ? null
                    : command.name() + " is only valid in the not authenticated state (RFC 3501 §6.2); you are "
                            + state.words();
        }
        if (command instanceof Command.Enable) {
            return state == SessionState.AUTHENTICATED ? null
                    : "ENABLE is only valid in the authenticated state (RFC 5161 §3.1); you are " + state.words();
        }
        if (SelectedCommands.handles(command)) {
            return state == SessionState.SELECTED ? null
                    : command.name() + " needs a selected mailbox (RFC 3501 §6.4); SELECT or EXAMINE one first";
        }
        return state == SessionState.AUTHENTICATED || state == SessionState.SELECTED ? null
                : command.name() + " needs authentication first (RFC 3501 §6.3); use LOGIN or AUTHENTICATE";
    }

    /** RFC 3501 §6.1 plus ID (RFC 2971 §3.1). */
    static boolean anyState(Command command) {
        return command instanceof Command.Capability || command instanceof Command.Noop
                || command instanceof Command.Logout || command instanceof Command.Id;
    }

    static boolean notAuthenticated(Command command) {
        return command instanceof Command.StartTls || command instanceof Command.Authenticate
                || command instanceof Command.Login;
    }
}
