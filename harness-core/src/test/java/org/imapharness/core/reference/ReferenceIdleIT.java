package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.IdleSession;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the reference server, part 6: what one session learns of another's changes.
 * IDLE (RFC 2177) pushes EXISTS, FETCH FLAGS and EXPUNGE (VANISHED with QRESYNC, RFC 7162 §3.2.10)
 * at once; outside IDLE, EXPUNGE waits for a command that allows it (RFC 3501 §7.4.1: not during
 * FETCH, STORE or SEARCH).
 */
class ReferenceIdleIT {
    private static final String USER = "idle";

    private final StrictConnections connections = new StrictConnections();

    @AfterEach
    void everyResponseParsedStrictly() {
        connections.assertCleanAndClose();
    }

    @Test
    void idlePushesExistsFlagsAndExpungeFromAnotherConnection() throws Exception {
        BlockingImapClient watcher = connections.loggedIn(USER);
        BlockingImapClient other = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(watcher, "idle");
        Seeding.subjects(watcher, box, "already there");
        watcher.select(box);
        LinkedBlockingQueue<UntaggedResponse> pushed = new LinkedBlockingQueue<>();
        watcher.connection().addUntaggedListener(pushed::add);
        IdleSession idle = watcher.connection().idle().get(StrictConnections.WAIT.toSeconds(), TimeUnit.SECONDS);

        other.append(box, "Subject: wake up\r\n\r\nhello\r\n".getBytes());
        assertEquals(new UntaggedResponse.Exists(2), next(pushed, UntaggedResponse.Exists.class));

        other.select(box);
        other.store(SequenceSet.of(1), StoreMode.ADD, "\\Flagged");
        UntaggedResponse.Fetch flags = next(pushed, UntaggedResponse.Fetch.class);
        assertEquals(1, flags.sequenceNumber());
        assertTrue(flags.get(MessageAttribute.Flags.class).flags().contains("\\Flagged"));

        other.store(SequenceSet.of(1), StoreMode.ADD, "\\Deleted");
        next(pushed, UntaggedResponse.Fetch.class); // the \Deleted flag itself
        other.expunge();
        assertEquals(new UntaggedResponse.Expunge(1), next(pushed, UntaggedResponse.Expunge.class));

        assertTrue(idle.isActive(), "all of it arrived while still idling");
        assertTrue(idle.done().get(StrictConnections.WAIT.toSeconds(), TimeUnit.SECONDS).isOk());
        CommandResult after = watcher.noop();
        assertTrue(after.untagged(UntaggedResponse.Expunge.class).isEmpty()
                && after.untagged(UntaggedResponse.Exists.class).isEmpty(), "nothing sent twice: " + after.untagged());
        watcher.logout();
        other.logout();
    }

    @Test
    void idleWithQresyncPushesVanished() throws Exception {
        BlockingImapClient watcher = connections.loggedIn(USER);
        BlockingImapClient other = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(watcher, "vanish");
        List<Long> uids = Seeding.subjects(watcher, box, "first", "second");
        watcher.send(new Command.Enable(List.of("QRESYNC"))).requireOk();
        watcher.select(box);
        LinkedBlockingQueue<UntaggedResponse> pushed = new LinkedBlockingQueue<>();
        watcher.connection().addUntaggedListener(pushed::add);
        IdleSession idle = watcher.connection().idle().get(StrictConnections.WAIT.toSeconds(), TimeUnit.SECONDS);

        other.select(box);
        other.store(SequenceSet.of(2), StoreMode.ADD, "\\Deleted");
        other.expunge();
        UntaggedResponse.Vanished vanished = next(pushed, UntaggedResponse.Vanished.class);
        assertFalse(vanished.earlier());
        assertEquals(SequenceSet.of(uids.get(1)), vanished.uids());
        assertTrue(pushed.stream().noneMatch(UntaggedResponse.Expunge.class::isInstance),
                "with QRESYNC, VANISHED replaces EXPUNGE (RFC 7162 §3.2.10): " + pushed);
        assertTrue(idle.done().get(StrictConnections.WAIT.toSeconds(), TimeUnit.SECONDS).isOk());
        watcher.logout();
        other.logout();
    }

    @Test
    void expungeWaitsUntilACommandThatAllowsIt() {
        BlockingImapClient watcher = connections.loggedIn(USER);
        BlockingImapClient other = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(watcher, "deferred");
        Seeding.subjects(watcher, box, "one", "two", "three");
        watcher.select(box);
        other.select(box);
        other.store(SequenceSet.of(2), StoreMode.ADD, "\\Deleted");
        other.expunge();

        CommandResult fetch = watcher.fetch(SequenceSet.all(), FetchAttribute.Simple.UID);
        assertTrue(fetch.untagged(UntaggedResponse.Expunge.class).isEmpty(), "no EXPUNGE during FETCH (§7.4.1)");
        assertEquals(3, fetch.untagged(UntaggedResponse.Fetch.class).size(), "the old numbering still holds");
        CommandResult store = watcher.store(SequenceSet.of(1), StoreMode.ADD, "\\Seen");
        assertTrue(store.untagged(UntaggedResponse.Expunge.class).isEmpty(), "no EXPUNGE during STORE");
        CommandResult search = watcher.search(SearchKey.Flag.ALL);
        assertTrue(search.untagged(UntaggedResponse.Expunge.class).isEmpty(), "no EXPUNGE during SEARCH");
        assertEquals(List.of(1L, 2L, 3L), search.single(UntaggedResponse.Search.class).numbers());

        CommandResult noop = watcher.noop();
        assertEquals(List.of(2L), ReferenceSelectedIT.expunged(noop), "NOOP delivers the pending EXPUNGE");
        assertEquals(List.of(1L, 2L), watcher.search(SearchKey.Flag.ALL).single(UntaggedResponse.Search.class)
                .numbers());
        watcher.logout();
        other.logout();
    }

    private static <T extends UntaggedResponse> T next(LinkedBlockingQueue<UntaggedResponse> pushed, Class<T> type)
            throws InterruptedException {
        long deadline = System.nanoTime() + StrictConnections.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            UntaggedResponse r = pushed.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(r)) {
                return type.cast(r);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " pushed within " + StrictConnections.WAIT
                + "; got " + pushed);
    }
}
