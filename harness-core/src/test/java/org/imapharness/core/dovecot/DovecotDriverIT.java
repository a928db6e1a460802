package org.imapharness.core.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.ImapConnection;
import org.imapharness.core.client.IdleSession;
import org.imapharness.core.client.Trust;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against a real Dovecot over real sockets, on plain, STARTTLS and implicit TLS:
 * every command a mail client needs, and every response Dovecot sends must parse with zero
 * syntax errors and zero quirks (checked after each test on every connection it opened).
 */
class DovecotDriverIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<ImapConnection> opened = new ArrayList<>();

    private BlockingImapClient connect(ImapClientConfig config) {
        BlockingImapClient client = BlockingImapClient.connect(config.withCommandTimeout(WAIT));
        opened.add(client.connection());
        return client;
    }

    private BlockingImapClient plainLoggedIn(String user) {
        BlockingImapClient client = connect(ImapClientConfig.plain("127.0.0.1", Dovecot.get().port()));
        client.login(user, Dovecot.PASSWORD);
        return client;
    }

    @AfterEach
    void everyResponseParsedStrictly() {
        for (ImapConnection c : opened) {
            assertTrue(c.problemCounts().isEmpty(), () -> "protocol problems " + c.problemCounts() + "\n"
                    + c.transcript().render());
            assertTrue(c.quirkCounts().isEmpty(), () -> "quirks " + c.quirkCounts() + "\n" + c.transcript().render());
            c.close();
        }
    }

    @Test
    void implicitTlsWithCertificateCheckingLogsIn() {
        Dovecot dovecot = Dovecot.get();
        BlockingImapClient client = connect(ImapClientConfig.implicitTls("localhost", dovecot.tlsPort())
                .withTrust(Trust.certificate(dovecot.certificate())));
        assertTrue(client.connection().isTls());
        client.login(Dovecot.USER, Dovecot.PASSWORD);
        assertTrue(client.capability().single(UntaggedResponse.Capability.class).capabilities().contains("IMAP4rev1"));
        client.logout();
    }

    @Test
    void startTlsUpgradesThePlainPortAndRefreshesCapabilities() {
        Dovecot dovecot = Dovecot.get();
        BlockingImapClient client = connect(ImapClientConfig.startTls("localhost", dovecot.port())
                .withTrust(Trust.certificate(dovecot.certificate())));
        assertFalse(client.connection().isTls());
        client.startTls().requireOk();
        assertTrue(client.connection().isTls());
        assertFalse(client.connection().capabilities().contains("STARTTLS"),
                "after STARTTLS the capability list must not offer STARTTLS again");
        client.login(Dovecot.USER, Dovecot.PASSWORD);
        client.logout();
    }

    @Test
    void mailboxLifecycleAndEveryFetchItemOfAMultipartMessage() throws IOException {
        BlockingImapClient client = plainLoggedIn(Dovecot.USER);
        String box = "it-" + UUID.randomUUID().toString().substring(0, 8);
        client.create(box);
        List<UntaggedResponse.ListItem> listed = client.list("", box).untagged(UntaggedResponse.ListItem.class);
        assertEquals(1, listed.size());
        assertEquals(box, listed.get(0).mailbox());

        byte[] message = resource("/messages/multipart.eml");
        OffsetDateTime date = OffsetDateTime.of(2026, 3, 3, 10, 15, 0, 0, ZoneOffset.ofHours(1));
        CommandResult append = client.append(box, List.of(Flags.FLAGGED), date, message);
        assertNotNull(append.code(ResponseCode.AppendUid.class), "Dovecot advertises UIDPLUS: APPENDUID expected");

        CommandResult select = client.select(box);
        assertEquals(1, select.single(UntaggedResponse.Exists.class).count());

        CommandResult fetch = client.fetch(SequenceSet.of(1), FetchAttribute.Simple.FLAGS,
                FetchAttribute.Simple.INTERNALDATE, FetchAttribute.Simple.RFC822_SIZE, FetchAttribute.Simple.ENVELOPE,
                FetchAttribute.Simple.BODY, FetchAttribute.Simple.BODYSTRUCTURE, FetchAttribute.Simple.UID,
                FetchAttribute.Simple.RFC822_HEADER, FetchAttribute.Simple.RFC822_TEXT,
                new FetchAttribute.BodySection(Section.of(Section.Specifier.HEADER, 4), true, null),
                new FetchAttribute.BodySection(Section.headerFields(false, List.of("Subject", "From")), true, null),
                new FetchAttribute.BodySection(Section.WHOLE, true, new org.imapharness.protocol.model.Partial(0, 20L)));
        UntaggedResponse.Fetch item = fetch.single(UntaggedResponse.Fetch.class);
        assertEquals(message.length, item.get(MessageAttribute.Rfc822Size.class).size());
        assertEquals(date.toInstant(), item.get(MessageAttribute.InternalDate.class).dateTime().toInstant());
        assertTrue(item.get(MessageAttribute.Flags.class).flags().contains(Flags.FLAGGED));

        Envelope envelope = item.get(MessageAttribute.EnvelopeItem.class).envelope();
        assertEquals("=?UTF-8?Q?Quarterly_r=C3=A9port?=", envelope.subject());
        assertEquals("<q1-report@example.org>", envelope.messageId());
        assertEquals("alice", envelope.from().get(0).mailbox());
        assertEquals("Carol \"C\" Doe", envelope.to().get(1).name());
        assertTrue(envelope.cc().get(0).isGroupStart(), "Cc is a group: " + envelope.cc());

        BodyStructure.MultiPart mixed = (BodyStructure.MultiPart) bodyStructure(item, true);
        assertEquals("MIXED", mixed.subtype().toUpperCase());
        assertEquals(3, mixed.parts().size());
        assertEquals("ALTERNATIVE", mixed.parts().get(0).subtype().toUpperCase());
        BodyStructure.SinglePart pdf = (BodyStructure.SinglePart) mixed.parts().get(1);
        assertEquals("BASE64", pdf.encoding().toUpperCase());
        assertEquals("ATTACHMENT", pdf.extension().disposition().type().toUpperCase());
        BodyStructure.SinglePart forwarded = (BodyStructure.SinglePart) mixed.parts().get(2);
        assertTrue(forwarded.isMessage());
        assertEquals("forwarded note", forwarded.envelope().subject());
        assertTrue(bodyStructure(item, false) instanceof BodyStructure.MultiPart);

        List<MessageAttribute.BodySection> sections = new ArrayList<>();
        for (MessageAttribute a : item.attributes()) {
            if (a instanceof MessageAttribute.BodySection s) {
                sections.add(s);
            }
        }
        assertEquals(3, sections.size(), "three BODY[...] sections: " + sections);
        MessageAttribute.BodySection partial = sections.stream().filter(s -> s.origin() != null).findFirst().orElseThrow();
        assertEquals(Octets.of(message, 0, 20), partial.data());
        assertEquals(0L, partial.origin());
        client.logout();
    }

    @Test
    void storeSearchCopyExpungeAndUidCommands() {
        BlockingImapClient client = plainLoggedIn(Dovecot.USER);
        String box = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String copies = box + "-copies";
        client.create(box);
        client.create(copies);
        for (int i = 1; i <= 5; i++) {
            client.append(box, ("Subject: note " + i + "\r\n\r\nbody " + i + "\r\n").getBytes());
        }
        client.select(box);
        CommandResult store = client.store(SequenceSet.range(2, 3), StoreMode.ADD, Flags.DELETED);
        assertEquals(2, store.untagged(UntaggedResponse.Fetch.class).size());
        CommandResult search = client.search(SearchKey.Flag.DELETED);
        assertEquals(List.of(2L, 3L), search.single(UntaggedResponse.Search.class).numbers());
        CommandResult subject = client.search(new SearchKey.Text(SearchKey.TextField.SUBJECT, "note 4"));
        assertEquals(List.of(4L), subject.single(UntaggedResponse.Search.class).numbers());

        CommandResult copy = client.copy(SequenceSet.range(1, 2), copies);
        assertNotNull(copy.code(ResponseCode.CopyUid.class));

        CommandResult expunge = client.expunge();
        List<Long> expunged = expunge.untagged(UntaggedResponse.Expunge.class).stream()
                .map(UntaggedResponse.Expunge::sequenceNumber).toList();
        assertEquals(2, expunged.size());
        assertTrue(expunged.equals(List.of(2L, 2L)) || expunged.equals(List.of(3L, 2L)),
                "each EXPUNGE renumbers the rest (RFC 3501 §7.4.1): " + expunged);

        CommandResult uidFetch = client.uidFetch(SequenceSet.all(), FetchAttribute.Simple.FLAGS);
        assertEquals(3, uidFetch.untagged(UntaggedResponse.Fetch.class).size());
        uidFetch.untagged(UntaggedResponse.Fetch.class)
                .forEach(f -> assertNotNull(f.get(MessageAttribute.Uid.class), "UID FETCH must include UID"));
        client.logout();
    }

    @Test
    void idleIsWokenByAnAppendFromASecondConnection() throws Exception {
        BlockingImapClient watcher = plainLoggedIn(Dovecot.USER);
        BlockingImapClient sender = plainLoggedIn(Dovecot.USER);
        String box = "it-" + UUID.randomUUID().toString().substring(0, 8);
        watcher.create(box);
        watcher.select(box);

        LinkedBlockingQueue<UntaggedResponse> pushed = new LinkedBlockingQueue<>();
        watcher.connection().addUntaggedListener(pushed::add);
        IdleSession idle = watcher.connection().idle().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        sender.append(box, "Subject: wake up\r\n\r\nhello\r\n".getBytes());

        UntaggedResponse first = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(first instanceof UntaggedResponse.Exists) && System.nanoTime() < deadline) {
            first = pushed.poll(1, TimeUnit.SECONDS);
        }
        assertTrue(first instanceof UntaggedResponse.Exists, "EXISTS pushed during IDLE, got " + pushed);
        assertEquals(1, ((UntaggedResponse.Exists) first).count());
        CompletableFuture<CommandResult> done = idle.done();
        assertTrue(done.get(WAIT.toSeconds(), TimeUnit.SECONDS).isOk());
        watcher.logout();
        sender.logout();
    }

    @Test
    void pipelinedCommandsAreRoutedToTheirTags() throws Exception {
        BlockingImapClient client = plainLoggedIn(Dovecot.USER);
        List<CompletableFuture<CommandResult>> inFlight = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            inFlight.add(client.connection().send(i % 2 == 0 ? new Command.Noop() : new Command.Capability()));
        }
        for (int i = 0; i < inFlight.size(); i++) {
            CommandResult r = inFlight.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(r.isOk());
            assertEquals(i % 2 == 0 ? "NOOP" : "CAPABILITY", r.command().command().name());
        }
        client.logout();
    }

    private static BodyStructure bodyStructure(UntaggedResponse.Fetch item, boolean extensible) {
        for (MessageAttribute a : item.attributes()) {
            if (a instanceof MessageAttribute.Body b && b.extensible() == extensible) {
                return b.structure();
            }
        }
        throw new AssertionError("no " + (extensible ? "BODYSTRUCTURE" : "BODY") + " in " + item);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DovecotDriverIT.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }
}
