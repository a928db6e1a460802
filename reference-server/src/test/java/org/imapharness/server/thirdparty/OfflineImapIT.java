package org.imapharness.server.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.server.RunningServer;
import org.imapharness.server.it.TestServers;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OfflineIMAP (offlineimap3, Python, imaplib2; we did not write it) mirrors an account into a
 * local Maildir and back, first over implicit TLS, then, after changes on both sides, over
 * STARTTLS. It keeps its own UID state between runs, so a server that reuses UIDs, loses flags or
 * reports stale UIDNEXT shows up as duplicated, lost or resurrected messages here. After every run
 * each folder must hold the same messages with the same flags on both sides (server side read
 * through its store, not over IMAP).
 */
class OfflineImapIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String USER = "alice";
    /**
     * Folders seeded on the server, with the corpus messages (by index) each gets. Not corpus 3
     * (04-nested-rfc822): OfflineIMAP re-serializes messages through Python's email package, which
     * writes a blank line before the outer closing boundary after a nested message's, so that one
     * would differ by the client's doing, not the server's.
     */
    private static final Map<String, List<Integer>> SEEDED = Map.of("INBOX", List.of(0, 1, 2, 4, 10),
            "Projects", List.of(5, 6, 7), "Projects/2026", List.of(8, 9));
    private static final List<List<String>> FLAGS = List.of(List.of("\\Seen"), List.of("\\Seen", "\\Flagged"),
            List.of(), List.of("\\Answered"), List.of("\\Draft"));

    private RunningServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void seed() {
        server = TestServers.start();
        Account account = server.store().account(USER);
        List<Corpus.Entry> corpus = Corpus.all();
        for (Map.Entry<String, List<Integer>> folder : SEEDED.entrySet()) {
            if (!account.exists(folder.getKey())) {
                account.create(folder.getKey());
            }
            Mailbox box = account.mailbox(folder.getKey());
            for (int index : folder.getValue()) {
                box.append(corpus.get(index).bytes(), FLAGS.get(index % FLAGS.size()),
                        OffsetDateTime.parse("2024-02-01T10:00:00+01:00").plusHours(index));
            }
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void mirrorsFoldersDownThenChangesOnBothSidesBothWays() throws Exception {
        Path ca = ServerTruth.writeCa(server, dir);
        ExternalProgram.Outcome first = offlineimap(writeConfig(server.tlsPort(), "ssl = yes", ca));
        assertTrue(first.succeeded(), first::describe);
        assertEveryFolderMirrored(first);
        assertServerFlagsAsSeeded(first);

        // Local changes: a new message, a flag raised, a message deleted.
        Maildir inbox = local("INBOX");
        List<Maildir.Entry> before = inbox.messages();
        byte[] fresh = ("From: alice@example.org\nTo: bob@example.net\nSubject: written offline\n"
                + "Message-ID: <offline-2@example.org>\n\nDrafted on the plane.\n").getBytes(StandardCharsets.UTF_8);
        inbox.deliver("1700000000.offline2.localhost", fresh);
        Maildir.Entry flagged = before.get(2);
        Maildir.setFlags(flagged, "F");
        Maildir.Entry deleted = before.get(3);
        Files.delete(deleted.file());
        // Server changes meanwhile: a new message and a flag change, made through the store.
        Account account = server.store().account(USER);
        account.mailbox("Projects").append(Corpus.all().get(0).bytes(), List.of(), OffsetDateTime.now());
        Mailbox year = account.mailbox("Projects/2026");
        year.store(List.of(year.changedSince(0).get(0).uid()), StoreMode.ADD, List.of("\\Flagged"), null, null);

        ExternalProgram.Outcome second = offlineimap(writeConfig(server.plainPort(), "ssl = no\nstarttls = yes", ca));
        assertTrue(second.succeeded(), second::describe);
        List<ServerTruth.Stored> serverInbox = ServerTruth.messages(server, USER, "INBOX");
        assertTrue(serverInbox.stream().anyMatch(m -> Arrays.equals(withoutBookkeeping(m.bytes()),
                Maildir.toCrlf(fresh))), () -> "the offline message reached the server\n" + second.describe());
        assertEquals(5, serverInbox.size(), () -> "5 seeded, 1 deleted locally, 1 new\n" + second.describe());
        assertTrue(serverInbox.stream().anyMatch(m -> Arrays.equals(Maildir.toCrlf(m.bytes()), Maildir.toCrlf(flagged.bytes()))
                && m.flags().contains("\\Flagged")), () -> "the flag went up\n" + second.describe());
        assertTrue(serverInbox.stream().noneMatch(m -> Arrays.equals(Maildir.toCrlf(m.bytes()), Maildir.toCrlf(deleted.bytes()))),
                () -> "the locally deleted message left the server\n" + second.describe());
        assertEveryFolderMirrored(second);

        ExternalProgram.Outcome third = offlineimap(writeConfig(server.tlsPort(), "ssl = yes", ca));
        assertTrue(third.succeeded(), third::describe);
        assertEveryFolderMirrored(third);
    }

    /** Every server folder has a Maildir twin with the same messages (bytes and system flags), and vice versa. */
    private void assertEveryFolderMirrored(ExternalProgram.Outcome run) throws IOException {
        for (String folder : SEEDED.keySet()) {
            Maildir local = local(folder);
            assertTrue(local.exists(), () -> "no Maildir for server folder " + folder + "\n" + run.describe());
            List<String> here = new ArrayList<>();
            for (Maildir.Entry e : local.messages()) {
                here.add(describe(withoutBookkeeping(Maildir.toCrlf(e.bytes())), e.flags()));
            }
            List<String> there = new ArrayList<>();
            for (ServerTruth.Stored m : ServerTruth.messages(server, USER, folder)) {
                Set<String> system = new TreeSet<>(m.flags());
                system.retainAll(Maildir.FLAGS.values());
                // OfflineIMAP stores LF line ends; a corpus message with a bare LF comes back as CRLF.
                there.add(describe(withoutBookkeeping(Maildir.toCrlf(m.bytes())), system));
            }
            there.sort(null);
            here.sort(null);
            assertEquals(there, here, () -> "folder " + folder + " differs\n" + run.describe());
        }
    }

    /** Downloading is reading with BODY.PEEK: it must leave every flag as it was (RFC 3501 §6.4.5). */
    private void assertServerFlagsAsSeeded(ExternalProgram.Outcome run) {
        for (Map.Entry<String, List<Integer>> folder : SEEDED.entrySet()) {
            List<String> seeded = new ArrayList<>();
            for (int index : folder.getValue()) {
                seeded.add(new TreeSet<>(FLAGS.get(index % FLAGS.size())).toString());
            }
            List<String> now = new ArrayList<>();
            for (ServerTruth.Stored m : ServerTruth.messages(server, USER, folder.getKey())) {
                now.add(new TreeSet<>(m.flags()).toString());
            }
            seeded.sort(null);
            now.sort(null);
            assertEquals(seeded, now, () -> "flags in " + folder.getKey() + " changed by a download\n" + run.describe());
        }
    }

    private Maildir local(String folder) {
        return new Maildir(dir.resolve("mail").resolve(folder));
    }

    private Path writeConfig(int port, String tls, Path ca) throws IOException {
        Path mail = Files.createDirectories(dir.resolve("mail"));
        String rc = "[general]\naccounts = test\nmetadata = " + dir.resolve("state") + "\nui = basic\n\n"
                + "[Account test]\nlocalrepository = near\nremoterepository = far\n\n"
                + "[Repository near]\ntype = Maildir\nlocalfolders = " + mail + "\nsep = /\n\n"
                + "[Repository far]\ntype = IMAP\nremotehost = localhost\nremoteport = " + port + "\n" + tls + "\n"
                + "sslcacertfile = " + ca + "\nssl_version = tls1_2\nremoteuser = " + USER + "\nremotepass = "
                + TestServers.PASSWORD + "\ntimeout = 20\nmaxconnections = 2\n";
        return Files.writeString(dir.resolve("offlineimaprc"), rc);
    }

    private ExternalProgram.Outcome offlineimap(Path config) throws IOException, InterruptedException {
        Path offlineimap = ExternalProgram.require("offlineimap", "offlineimap3");
        // -o: one run; -d imap: the IMAP conversation in the output, for failure messages.
        return ExternalProgram.run(List.of(offlineimap.toString(), "-c", config.toString(), "-o", "-d", "imap"), dir,
                Map.of("HOME", dir.toString()), LIMIT);
    }

    /** OfflineIMAP's own header, which it adds to a message it uploads when it has to find it again. */
    private static byte[] withoutBookkeeping(byte[] crlf) {
        String text = new String(crlf, StandardCharsets.ISO_8859_1);
        return text.replaceFirst("(?m)^X-OfflineIMAP: [^\r\n]*\r\n", "").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String describe(byte[] bytes, Set<String> flags) {
        return bytes.length + "B #" + Arrays.hashCode(bytes) + " " + flags;
    }
}
