package org.imapharness.server.thirdparty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.imapharness.server.RunningServer;
import org.imapharness.server.it.TestServers;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.store.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Angus Mail against the reference server: it reads every corpus message (ENVELOPE, BODYSTRUCTURE,
 * sections) and must see the same MIME tree as when it parses the file itself; it writes flags,
 * copies, expunges and manages folders, and the server's store must show exactly that.
 * Each test uses its own user or folder, so they do not depend on each other's order.
 */
class AngusMailIT {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start();
        Mailbox inbox = server.store().account("alice").mailbox("INBOX");
        for (Corpus.Entry e : Corpus.all()) {
            inbox.append(e.bytes(), List.of(), OffsetDateTime.parse("2024-05-01T12:00:00Z"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void implicitTlsReadsEveryMessageWithTheMimeStructureTheCorpusHas() throws Exception {
        try (AngusClient angus = AngusClient.implicitTls(server, "alice", TestServers.PASSWORD)) {
            IMAPFolder inbox = (IMAPFolder) angus.store().getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Corpus.Entry> corpus = Corpus.all();
            Message[] messages = inbox.getMessages();
            assertEquals(corpus.size(), messages.length, angus::trace);
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(FetchProfile.Item.CONTENT_INFO);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.SIZE);
            profile.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(messages, profile);
            for (int i = 0; i < messages.length; i++) {
                Corpus.Entry entry = corpus.get(i);
                Message m = messages[i];
                assertEquals(MimeOutline.ofBytes(entry.bytes(), angus.session()), MimeOutline.of(m, angus.session()),
                        () -> entry.name() + ": Angus sees another MIME tree over IMAP than in the file\n" + angus.trace());
                assertEquals(entry.bytes().length, m.getSize(), entry.name() + " RFC822.SIZE");
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                m.writeTo(raw);
                assertArrayEquals(entry.bytes(), raw.toByteArray(), entry.name() + " written out by Angus");
                assertFalse(m.isSet(Flags.Flag.SEEN), entry.name() + ": reading in a read-only folder must not set \\Seen");
            }
            inbox.close(false);
        }
    }

    @Test
    void flagsCopyExpungeAndFolderManagementReachTheStore() throws Exception {
        try (AngusClient angus = AngusClient.implicitTls(server, "carol", TestServers.PASSWORD)) {
            IMAPFolder work = (IMAPFolder) angus.store().getFolder("Angus/Entwürfe");
            assertTrue(work.create(Folder.HOLDS_MESSAGES), angus::trace);
            assertTrue(ServerTruth.exists(server, "carol", "Angus/Entwürfe"), "stored in modified UTF-7");
            List<Corpus.Entry> corpus = Corpus.all().subList(0, 5);
            Message[] local = new Message[corpus.size()];
            for (int i = 0; i < local.length; i++) {
                local[i] = new MimeMessage(angus.session(), new ByteArrayInputStream(corpus.get(i).bytes()));
            }
            AppendUID[] appended = work.appendUIDMessages(local);
            assertTrue(Arrays.stream(appended).allMatch(a -> a != null && a.uid > 0), () -> "APPENDUID\n" + angus.trace());

            work.open(Folder.READ_WRITE);
            Message[] messages = work.getMessages();
            messages[0].setFlag(Flags.Flag.FLAGGED, true);
            work.setFlags(new int[] {2, 3}, new Flags("$Important"), true);
            IMAPFolder trash = (IMAPFolder) angus.store().getFolder("Trash");
            AppendUID[] copied = work.copyUIDMessages(new Message[] {messages[0], messages[1]}, trash);
            assertNotNull(copied, () -> "COPYUID\n" + angus.trace());
            assertEquals(server.store().account("carol").mailbox("Trash").uidValidity(), copied[0].uidvalidity);
            messages[1].setFlag(Flags.Flag.DELETED, true);
            Message[] expunged = work.expunge();
            assertEquals(1, expunged.length, angus::trace);
            assertEquals(4, work.getMessageCount());
            work.close(false);

            List<ServerTruth.Stored> stored = ServerTruth.messages(server, "carol", "Angus/Entwürfe");
            assertEquals(4, stored.size());
            assertArrayEquals(corpus.get(0).bytes(), stored.get(0).bytes(), "APPEND of an unmodified parsed message");
            assertEquals(Set.of("\\Flagged"), stored.get(0).flags());
            assertEquals(Set.of("$Important"), stored.get(1).flags(), "message 3 became number 2 after the expunge");
            assertEquals(2, ServerTruth.messages(server, "carol", "Trash").size());

            assertTrue(work.renameTo(angus.store().getFolder("Angus/Renamed")), angus::trace);
            assertTrue(ServerTruth.exists(server, "carol", "Angus/Renamed"));
            assertFalse(ServerTruth.exists(server, "carol", "Angus/Entwürfe"));
            assertTrue(angus.store().getFolder("Angus/Renamed").delete(false), angus::trace);
            assertFalse(ServerTruth.exists(server, "carol", "Angus/Renamed"));
        }
    }

    @Test
    void startTlsListsFoldersWithTheirSpecialUseAttributes() throws Exception {
        try (AngusClient angus = AngusClient.startTls(server, "bob", TestServers.PASSWORD)) {
            assertTrue(angus.trace().contains("STARTTLS"), angus::trace);
            Folder[] folders = angus.store().getDefaultFolder().list("*");
            List<String> names = Arrays.stream(folders).map(Folder::getFullName).toList();
            assertTrue(names.containsAll(List.of("INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive")), names::toString);
            for (Folder f : folders) {
                if (!f.getName().equals("INBOX")) {
                    String expected = "\\" + f.getName();
                    assertTrue(Arrays.asList(((IMAPFolder) f).getAttributes()).contains(expected),
                            () -> f.getName() + " has " + expected + ": " + Arrays.toString(attributes(f)));
                }
            }
        }
    }

    private static String[] attributes(Folder f) {
        try {
            return ((IMAPFolder) f).getAttributes();
        } catch (jakarta.mail.MessagingException e) {
            return new String[] {e.toString()};
        }
    }
}
