package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.junit.jupiter.api.Test;

class UpdateFaultsTest {
    private static final UntaggedResponse EXISTS = new UntaggedResponse.Exists(3);
    private static final UntaggedResponse RECENT = new UntaggedResponse.Recent(1);
    private static final UntaggedResponse FETCH = new UntaggedResponse.Fetch(1,
            List.of(new MessageAttribute.Flags(List.of("\\Seen"))));
    private static final List<UntaggedResponse> UPDATES = List.of(EXISTS, RECENT, FETCH);

    @Test
    void withoutFaultsEverythingPasses() {
        assertEquals(UPDATES, UpdateFaults.apply(UPDATES, FaultSet.none(), new Command.Noop(), false));
    }

    @Test
    void existsNotSentDropsExistsExceptAfterOwnAdditions() {
        FaultSet faults = FaultSet.of(Fault.EXISTS_NOT_SENT);
        assertEquals(List.of(RECENT, FETCH), UpdateFaults.apply(UPDATES, faults, new Command.Noop(), false));
        assertEquals(UPDATES, UpdateFaults.apply(UPDATES, faults,
                new Command.Append("INBOX", null, null, org.imapharness.protocol.model.Octets.EMPTY), false));
    }

    @Test
    void idleNoExistsDropsExistsOnlyWhileIdling() {
        FaultSet faults = FaultSet.of(Fault.IDLE_NO_EXISTS);
        assertEquals(List.of(RECENT, FETCH), UpdateFaults.apply(UPDATES, faults, null, true));
        assertEquals(UPDATES, UpdateFaults.apply(UPDATES, faults, new Command.Noop(), false));
    }

    @Test
    void flagUpdateNotBroadcastDropsFlagFetches() {
        assertEquals(List.of(EXISTS, RECENT), UpdateFaults.apply(UPDATES, FaultSet.of(Fault.FLAG_UPDATE_NOT_BROADCAST),
                new Command.Noop(), false));
    }
}
