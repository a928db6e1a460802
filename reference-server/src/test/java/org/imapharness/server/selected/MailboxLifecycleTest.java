package org.imapharness.server.selected;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.response.StatusCondition;
import org.junit.jupiter.api.Test;

class MailboxLifecycleTest {
    private final SelectedFixture f = new SelectedFixture();

    @Test
    void closeExpungesSilently() {
        SelectedFixture.Session s = f.select();
        f.inbox.store(List.of(2L, 4L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        Outcome o = s.ok(new Command.Close());
        assertTrue(o.untagged().isEmpty(), "§6.4.2: no EXPUNGE for CLOSE: " + o.untagged());
        assertEquals(12, f.inbox.status().messages());
    }

    @Test
    void closeOfAReadOnlyMailboxRemovesNothing() {
        SelectedFixture.Session s = f.examine();
        f.inbox.store(List.of(2L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        s.ok(new Command.Close());
        assertEquals(14, f.inbox.status().messages());
    }

    @Test
    void unselectLeavesDeletedMessages() {
        SelectedFixture.Session s = f.select();
        f.inbox.store(List.of(2L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        assertTrue(s.ok(new Command.Unselect()).untagged().isEmpty());
        assertEquals(14, f.inbox.status().messages());
    }

    @Test
    void closeReleasesRecentForTheNextSession() {
        f.select().ok(new Command.Close());
        SelectedFixture.Session next = f.select();
        assertEquals(0, next.view().opening().recent(), "\\Recent went with the first session (§2.3.2)");
    }

    @Test
    void checkSucceedsWithNothingToSay() {
        Outcome o = f.select().ok(new Command.Check());
        assertTrue(o.untagged().isEmpty());
    }

    @Test
    void nonSelectedCommandIsRefused() {
        SelectedFixture.Session s = f.select();
        assertEquals(StatusCondition.BAD, SelectedCommands.execute(new Command.Noop(), s.state).status());
    }
}
