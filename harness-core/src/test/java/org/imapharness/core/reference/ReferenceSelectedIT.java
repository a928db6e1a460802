package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the reference server, part 3: entering and leaving the selected state
 * (RFC 3501 §6.3.1–2, §6.4.1–3): SELECT/EXAMINE with the CONDSTORE and QRESYNC parameters
 * (RFC 7162), CHECK, CLOSE, UNSELECT (RFC 3691), EXPUNGE and UID EXPUNGE (RFC 4315).
 */
class ReferenceSelectedIT {
    private static final String USER = "selected";

    private final StrictConnections connections = new StrictConnections();

    @AfterEach
    void everyResponseParsedStrictly() {
        connections.assertCleanAndClose();
    }

    @Test
    void selectAndExamineReportTheMailboxState() {
        BlockingImapClient client = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(client, "state");
        List<Long> uids = Seeding.subjects(client, box, "a", "b", "c");
        CommandResult select = client.select(box);
        assertEquals(3, select.single(UntaggedResponse.Exists.class).count());
        assertEquals(3, select.single(UntaggedResponse.Recent.class).count());
        assertTrue(select.single(UntaggedResponse.Flags.class).flags().containsAll(List.of("\\Seen", "\\Deleted")));
        assertNotNull(code(select, ResponseCode.UidValidity.class));
        assertEquals(uids.get(2) + 1, code(select, ResponseCode.UidNext.class).uid());
        assertEquals(1, code(select, ResponseCode.Unseen.class).sequenceNumber());
        assertTrue(code(select, ResponseCode.PermanentFlags.class).flags().contains("\\*"));
        assertNotNull(select.code(ResponseCode.ReadWrite.class), "SELECT completes with [READ-WRITE]");

        CommandResult examine = client.examine(box);
        assertNotNull(examine.code(ResponseCode.ReadOnly.class), "EXAMINE completes with [READ-ONLY]");
        assertEquals(0, examine.single(UntaggedResponse.Recent.class).count(), "\\Recent went to the first SELECT");
        client.logout();
    }

    @Test
    void selectWithCondstoreThenQresyncResynchronises() {
        BlockingImapClient client = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(client, "qresync");
        List<Long> uids = Seeding.subjects(client, box, "one", "two", "three", "four");
        CommandResult condstore = client.send(new Command.Select(box, false, true, null)).requireOk();
        long uidValidity = code(condstore, ResponseCode.UidValidity.class).uidValidity();
        long known = code(condstore, ResponseCode.HighestModSeq.class).modSeq();

        // Changes after `known`: a flag on "two", "three" expunged.
        client.store(SequenceSet.of(2), StoreMode.ADD, "\\Flagged");
        client.store(SequenceSet.of(3), StoreMode.ADD, "\\Deleted");
        client.expunge();
        client.send(new Command.Unselect()).requireOk();

        client.send(new Command.Enable(List.of("QRESYNC"))).requireOk();
        Command.Qresync qresync = new Command.Qresync(uidValidity, known, SequenceSet.range(uids.get(0), uids.get(3)),
                null, null);
        CommandResult resync = client.send(new Command.Select(box, false, false, qresync)).requireOk();
        UntaggedResponse.Vanished vanished = resync.single(UntaggedResponse.Vanished.class);
        assertTrue(vanished.earlier(), "VANISHED (EARLIER) during SELECT (RFC 7162 §3.2.5.2)");
        assertEquals(SequenceSet.of(uids.get(2)), vanished.uids());
        UntaggedResponse.Fetch changed = resync.single(UntaggedResponse.Fetch.class);
        assertEquals(uids.get(1), changed.get(MessageAttribute.Uid.class).uid());
        assertTrue(changed.get(MessageAttribute.Flags.class).flags().contains("\\Flagged"));
        assertTrue(changed.get(MessageAttribute.ModSeq.class).modSeq() > known);

        String other = Seeding.freshMailbox(client, "closed");
        CommandResult switched = client.select(other);
        assertNotNull(code(switched, ResponseCode.Closed.class), "[CLOSED] when QRESYNC switches mailboxes");
        client.logout();
    }

    @Test
    void checkAndCloseExpungeSilently() {
        BlockingImapClient client = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(client, "close");
        Seeding.subjects(client, box, "keep", "drop", "keep too");
        client.select(box);
        client.send(new Command.Check()).requireOk();
        client.store(SequenceSet.of(2), StoreMode.ADD, "\\Deleted");
        CommandResult close = client.send(new Command.Close()).requireOk();
        assertTrue(close.untagged(UntaggedResponse.Expunge.class).isEmpty(), "CLOSE sends no EXPUNGE (§6.4.2)");
        assertEquals(2L, ReferenceMailboxesIT.status(client, box).get(StatusItem.MESSAGES));
        client.logout();
    }

    @Test
    void unselectLeavesDeletedMessagesInPlace() {
        BlockingImapClient client = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(client, "unselect");
        Seeding.subjects(client, box, "one", "two");
        client.select(box);
        client.store(SequenceSet.of(1), StoreMode.ADD, "\\Deleted");
        client.send(new Command.Unselect()).requireOk();
        assertEquals(2L, ReferenceMailboxesIT.status(client, box).get(StatusItem.MESSAGES));
        CommandResult fetch = client.send(new Command.Fetch(false, SequenceSet.of(1),
                List.of(FetchAttribute.Simple.FLAGS), null, false));
        assertEquals(StatusCondition.BAD, fetch.status(), "no mailbox selected now");
        client.logout();
    }

    @Test
    void expungeRenumbersAndUidExpungeTouchesOnlyTheNamedUids() {
        BlockingImapClient client = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(client, "expunge");
        List<Long> uids = Seeding.subjects(client, box, "1", "2", "3", "4", "5", "6");
        client.select(box);
        client.store(SequenceSet.ofNumbers(List.of(2L, 3L, 5L, 6L)), StoreMode.ADD, "\\Deleted");

        CommandResult uidExpunge = client.send(new Command.Expunge(SequenceSet.ofNumbers(
                List.of(uids.get(4), uids.get(5))))).requireOk();
        assertEquals(List.of(5L, 5L), expunged(uidExpunge), "UID EXPUNGE removes only 5 and 6 (RFC 4315 §2.1)");

        CommandResult expunge = client.expunge();
        List<Long> numbers = expunged(expunge);
        assertTrue(numbers.equals(List.of(2L, 2L)) || numbers.equals(List.of(3L, 2L)),
                "each EXPUNGE renumbers the rest (RFC 3501 §7.4.1): " + numbers);
        CommandResult left = client.uidFetch(SequenceSet.all(), FetchAttribute.Simple.UID);
        assertEquals(List.of(uids.get(0), uids.get(3)), left.untagged(UntaggedResponse.Fetch.class).stream()
                .map(f -> f.get(MessageAttribute.Uid.class).uid()).toList());
        client.logout();
    }

    static List<Long> expunged(CommandResult result) {
        return result.untagged(UntaggedResponse.Expunge.class).stream().map(UntaggedResponse.Expunge::sequenceNumber)
                .toList();
    }

    /** The response code of that type on an untagged OK of the result (or its completion). */
    static <T extends ResponseCode> T code(CommandResult result, Class<T> type) {
        for (UntaggedResponse.Status s : result.untagged(UntaggedResponse.Status.class)) {
            if (type.isInstance(s.code())) {
                return type.cast(s.code());
            }
        }
        T tagged = result.code(type);
        assertNotNull(tagged, () -> "no [" + type.getSimpleName() + "] in " + result.untagged() + " / "
                + result.completion());
        return tagged;
    }
}
