package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.transcript.Direction;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.codec.LiteralMode;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.mailbox.ModifiedUtf7;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the reference server, part 2: the authenticated state (RFC 3501 §6.3):
 * CREATE/DELETE/RENAME with hierarchy and INBOX, SUBSCRIBE/UNSUBSCRIBE, LIST/LSUB with
 * SPECIAL-USE attributes (RFC 6154) and CHILDREN, STATUS, APPEND with a synchronizing literal,
 * LITERAL+ (RFC 7888), flags and date, and APPENDUID (RFC 4315).
 */
class ReferenceMailboxesIT {
    private static final String USER = "mailboxes";

    private final StrictConnections connections = new StrictConnections();

    @AfterEach
    void everyResponseParsedStrictly() {
        connections.assertCleanAndClose();
    }

    @Test
    void createRenameAndDeleteAcrossTheHierarchy() {
        BlockingImapClient client = connections.loggedIn(USER);
        client.create("Work/2026/Q1");
        assertEquals(Map.of("Work", List.of("\\HasChildren"), "Work/2026", List.of("\\HasChildren"),
                "Work/2026/Q1", List.of("\\HasNoChildren")), attributes(client.list("", "Work*")));
        assertEquals(List.of("Work/2026"), names(client.list("", "Work/%")), "% stops at the delimiter");
        assertEquals(StatusCondition.NO, client.send(new Command.Create("Work/2026")).status(), "exists already");

        client.send(new Command.Rename("Work", "Jobs")).requireOk();
        assertEquals(List.of("Jobs", "Jobs/2026", "Jobs/2026/Q1"), names(client.list("", "Jobs*")),
                "children move with their parent (RFC 3501 §6.3.5)");
        assertTrue(names(client.list("", "Work*")).isEmpty());

        client.send(new Command.Delete("Jobs")).requireOk();
        List<String> parent = attributes(client.list("", "Jobs")).get("Jobs");
        assertTrue(parent.contains("\\Noselect"), "a deleted parent stays as \\Noselect (§6.3.4): " + parent);
        assertEquals(StatusCondition.NO, client.send(new Command.Select("Jobs", false, false, null)).status());
        client.send(new Command.Delete("Jobs/2026/Q1")).requireOk();
        client.send(new Command.Delete("Jobs/2026")).requireOk();
        assertEquals(StatusCondition.NO, client.send(new Command.Delete("Nowhere")).status());
        assertEquals(StatusCondition.NO, client.send(new Command.Delete("INBOX")).status(), "INBOX stays");

        String unicode = ModifiedUtf7.encode("Größe & Maß");
        client.create(unicode);
        assertEquals(List.of(unicode), names(client.list("", ModifiedUtf7.encode("Größe") + "*")));
        client.send(new Command.Delete(unicode)).requireOk();
        client.logout();
    }

    @Test
    void renamingInboxMovesItsMessagesAndLeavesItEmpty() {
        BlockingImapClient client = connections.loggedIn("other");
        client.append("INBOX", "Subject: one\r\n\r\n1\r\n".getBytes());
        client.append("INBOX", "Subject: two\r\n\r\n2\r\n".getBytes());
        client.send(new Command.Rename("INBOX", "Old Inbox")).requireOk();
        assertEquals(0L, status(client, "INBOX").get(StatusItem.MESSAGES), "INBOX is emptied, not removed");
        assertEquals(2L, status(client, "Old Inbox").get(StatusItem.MESSAGES));
        client.logout();
    }

    @Test
    void subscriptionsAndSpecialUseAttributes() {
        BlockingImapClient client = connections.loggedIn(USER);
        Map<String, List<String>> all = attributes(client.list("", "*"));
        for (String use : List.of("Sent", "Drafts", "Trash", "Junk", "Archive")) {
            assertTrue(all.get(use).contains("\\" + use), use + " carries its RFC 6154 attribute: " + all);
        }
        assertTrue(names(lsub(client, "*")).containsAll(List.of("INBOX", "Sent")), "default folders are subscribed");

        client.create("Lists");
        assertFalse(names(lsub(client, "*")).contains("Lists"));
        client.send(new Command.Subscribe("Lists")).requireOk();
        assertEquals(List.of("Lists"), names(lsub(client, "Li%")));
        client.send(new Command.Unsubscribe("Lists")).requireOk();
        assertTrue(names(lsub(client, "Li%")).isEmpty());
        client.logout();
    }

    @Test
    void appendWithSynchronizingLiteralFlagsDateAndAppendUid() {
        BlockingImapClient client = connections.loggedIn(USER);
        client.create("Appended");
        Map<StatusItem, Long> before = status(client, "Appended");
        OffsetDateTime date = OffsetDateTime.of(2025, 12, 24, 18, 30, 15, 0, ZoneOffset.ofHours(-5));
        byte[] message = "From: a@example.org\r\nSubject: sync literal\r\n\r\nbody\r\n".getBytes();
        CommandResult append = client.append("Appended", List.of("\\Flagged", "$Work"), date, message);
        assertTrue(Wire.serverSentContinuation(append), "a {n} literal waits for '+' (RFC 3501 §7.5)");
        ResponseCode.AppendUid uid = append.code(ResponseCode.AppendUid.class);
        assertNotNull(uid, "APPENDUID (RFC 4315 §3)");
        assertEquals(before.get(StatusItem.UIDVALIDITY), uid.uidValidity());
        assertEquals(SequenceSet.of(before.get(StatusItem.UIDNEXT)), uid.uids());

        Map<StatusItem, Long> after = status(client, "Appended");
        assertEquals(1L, after.get(StatusItem.MESSAGES));
        assertEquals(before.get(StatusItem.UIDNEXT) + 1, after.get(StatusItem.UIDNEXT));
        assertEquals(1L, after.get(StatusItem.RECENT));
        assertEquals(1L, after.get(StatusItem.UNSEEN));
        assertTrue(after.get(StatusItem.HIGHESTMODSEQ) > before.get(StatusItem.HIGHESTMODSEQ));

        client.examine("Appended");
        UntaggedResponse.Fetch f = client.fetch(SequenceSet.of(1), FetchAttribute.Simple.FLAGS,
                FetchAttribute.Simple.INTERNALDATE, FetchAttribute.Simple.RFC822_SIZE).single(UntaggedResponse.Fetch.class);
        assertTrue(f.get(MessageAttribute.Flags.class).flags().containsAll(List.of("\\Flagged", "$Work")));
        assertEquals(date, f.get(MessageAttribute.InternalDate.class).dateTime(), "INTERNALDATE kept with its zone");
        assertEquals(message.length, f.get(MessageAttribute.Rfc822Size.class).size());
        client.logout();
    }

    @Test
    void appendWithLiteralPlusNeedsNoContinuation() {
        BlockingImapClient client = connections.connect(EmbeddedReference.implicitTls()
                .withWriterOptions(CommandWriter.Options.DEFAULTS.withLiterals(LiteralMode.LITERAL_PLUS)));
        client.login(USER, EmbeddedReference.PASSWORD);
        client.create("Plus");
        byte[] message = "Subject: literal plus\r\n\r\nno round trip\r\n".getBytes();
        CommandResult append = client.send(new Command.Append("Plus", null, null, Octets.of(message))).requireOk();
        assertTrue(Wire.sentBy(Direction.CLIENT, append).contains("{" + message.length + "+}"),
                Wire.sentBy(Direction.CLIENT, append));
        assertFalse(Wire.serverSentContinuation(append), "LITERAL+ (RFC 7888 §3): no '+' from the server");
        assertEquals(1L, status(client, "Plus").get(StatusItem.MESSAGES));
        client.logout();
    }

    @Test
    void appendToAMissingMailboxSaysTryCreate() {
        BlockingImapClient client = connections.loggedIn(USER);
        CommandResult append = client.send(new Command.Append("Missing", null, null, Octets.utf8("Subject: x\r\n\r\n")));
        assertEquals(StatusCondition.NO, append.status());
        assertNotNull(append.code(ResponseCode.TryCreate.class), "[TRYCREATE] (RFC 3501 §6.3.11)");
        client.logout();
    }

    static Map<StatusItem, Long> status(BlockingImapClient client, String mailbox) {
        CommandResult r = client.send(new Command.Status(mailbox, List.of(StatusItem.values()))).requireOk();
        UntaggedResponse.StatusData data = r.single(UntaggedResponse.StatusData.class);
        assertEquals(mailbox, data.mailbox());
        return data.items();
    }

    private static CommandResult lsub(BlockingImapClient client, String pattern) {
        return client.send(new Command.List("", pattern, true)).requireOk();
    }

    private static List<String> names(CommandResult list) {
        return list.untagged(UntaggedResponse.ListItem.class).stream().map(UntaggedResponse.ListItem::mailbox)
                .sorted().toList();
    }

    /** Each listed name with its attributes, sorted by name. */
    private static Map<String, List<String>> attributes(CommandResult list) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (UntaggedResponse.ListItem item : list.untagged(UntaggedResponse.ListItem.class)) {
            out.put(item.mailbox(), item.attributes());
        }
        return out;
    }
}
