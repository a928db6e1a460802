package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.SequenceSet;
import org.junit.jupiter.api.Test;

/** The state table of RFC 3501 §6 (and RFC 5161 for ENABLE). */
class CommandStatesTest {

    @Test
    void anyStateCommandsRunEverywhere() {
        for (SessionState state : SessionState.values()) {
            assertNull(CommandStates.refusal(new Command.Capability(), state));
            assertNull(CommandStates.refusal(new Command.Noop(), state));
            assertNull(CommandStates.refusal(new Command.Logout(), state));
            assertNull(CommandStates.refusal(new Command.Id(null), state));
        }
    }

    @Test
    void loginOnlyBeforeAuthentication() {
        Command login = new Command.Login("a", "b");
        assertNull(CommandStates.refusal(login, SessionState.NOT_AUTHENTICATED));
        assertNotNull(CommandStates.refusal(login, SessionState.AUTHENTICATED));
        assertNotNull(CommandStates.refusal(new Command.StartTls(), SessionState.SELECTED));
    }

    @Test
    void authenticatedCommandsAlsoRunWhenSelected() {
        Command list = new Command.List("", "*", false);
        assertNotNull(CommandStates.refusal(list, SessionState.NOT_AUTHENTICATED));
        assertNull(CommandStates.refusal(list, SessionState.AUTHENTICATED));
        assertNull(CommandStates.refusal(list, SessionState.SELECTED));
        assertNull(CommandStates.refusal(new Command.Idle(), SessionState.SELECTED));
    }

    @Test
    void enableOnlyInTheAuthenticatedState() {
        Command enable = new Command.Enable(List.of("CONDSTORE"));
        assertNull(CommandStates.refusal(enable, SessionState.AUTHENTICATED));
        assertNotNull(CommandStates.refusal(enable, SessionState.SELECTED));
        assertNotNull(CommandStates.refusal(enable, SessionState.NOT_AUTHENTICATED));
    }

    @Test
    void selectedCommandsNeedAMailbox() {
        Command fetch = new Command.Fetch(false, SequenceSet.of(1), List.of(
                org.imapharness.protocol.command.FetchAttribute.Simple.FLAGS), null, false);
        assertNotNull(CommandStates.refusal(fetch, SessionState.AUTHENTICATED));
        assertNull(CommandStates.refusal(fetch, SessionState.SELECTED));
    }
}
