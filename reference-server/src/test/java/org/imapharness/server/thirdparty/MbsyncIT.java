package org.imapharness.server.thirdparty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.mailbox.ModifiedUtf7;
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
 * isync/mbsync (which we did not write) mirrors an account with several folders into a local
 * Maildir and back: first over implicit TLS, then, after changes on both sides, over STARTTLS.
 * After every run each folder must hold the same messages with the same flags on both sides,
 * compared byte for byte (the server side read through its store, not over IMAP).
 */
class MbsyncIT {
    private static final Duration LIMIT = Duration.ofSeconds(40);
    private static final String USER = "alice";
    /** Folders seeded on the server, with the corpus messages (by index) each gets. */
    private static final Map<String, List<Integer>> SEEDED = Map.of("INBOX", List.of(0, 1, 2, 3, 4),
            "Projects", List.of(5, 6, 7, 8), "Projects/2026", List.of(9, 10, 11), "Entwürfe", List.of(12, 13));

    private RunningServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void seed() {
        server = TestServers.start();
        Account account = server.store().account(USER);
        List<Corpus.Entry> corpus = Corpus.all();
        List<List<String>> flags = List.of(List.of("\\Seen"), List.of("\\Seen", "\\Flagged"), List.of(),
                List.of("\\Answered"), List.of("\\Draft"));
        for (Map.Entry<String, List<Integer>> folder : SEEDED.entrySet()) {
            String wire = ModifiedUtf7.encode(folder.getKey());
            if (!account.exists(wire)) {
                account.create(wire);
            }
            Mailbox box = account.mailbox(wire);
            for (int index : folder.getValue()) {
                box.append(corpus.get(index).bytes(), flags.get(index % flags.size()),
                        OffsetDateTime.parse("2024-02-01T10:00:00+01:00").plusHours(index));
            }
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void mirrorsFoldersDownThenLocalAndServerChangesBothWays() throws Exception {
        Path config = writeConfig();
        ExternalProgram.Outcome first = mbsync(config, "over-tls");
        assertTrue(first.succeeded(), first::describe);
        assertEveryFolderMirrored(first);

        // Local changes: a new message, a flag change, a message trashed, a new folder.
        Maildir inbox = local("INBOX");
        List<Maildir.Entry> before = inbox.messages();
        byte[] fresh = ("From: alice@example.org\nTo: bob@example.net\nSubject: written offline\n"
                + "Message-ID: <offline-1@example.org>\n\nDrafted on the train.\n").getBytes(StandardCharsets.UTF_8);
        inbox.deliver("1700000000.offline1.localhost", fresh);
        Maildir.setFlags(withSubject(before, "Summer news"), "F");
        Maildir.setFlags(withSubject(before, "Lunch on Friday?"), "ST");
        Maildir notes = Maildir.create(dir.resolve("mail/Notes"));
        byte[] note = "Subject: a local note\n\nkept in a folder the server does not have yet\n".getBytes();
        notes.deliver("1700000001.note1.localhost", note);
        // Server changes meanwhile: a new message and a flag change, made through the store.
        Account account = server.store().account(USER);
        account.mailbox("Projects").append(Corpus.all().get(0).bytes(), List.of(), OffsetDateTime.now());
        Mailbox year = account.mailbox("Projects/2026");
        year.store(List.of(year.changedSince(0).get(0).uid()), StoreMode.ADD, List.of("\\Flagged"), null, null);

        ExternalProgram.Outcome second = mbsync(config, "over-starttls");
        assertTrue(second.succeeded(), second::describe);
        List<ServerTruth.Stored> serverInbox = ServerTruth.messages(server, USER, "INBOX");
        assertTrue(serverInbox.stream().anyMatch(m -> Arrays.equals(Maildir.withoutTuid(m.bytes()), Maildir.toCrlf(fresh))),
                () -> "the offline message reached the server as CRLF\n" + second.describe());
        assertTrue(serverInbox.stream().noneMatch(m -> subject(m.bytes()).equals("Lunch on Friday?")),
                () -> "the trashed message was expunged on the server\n" + second.describe());
        assertTrue(serverInbox.stream().anyMatch(m -> subject(m.bytes()).equals("Summer news")
                && m.flags().contains("\\Flagged")), () -> "the flag went up\n" + second.describe());
        List<ServerTruth.Stored> serverNotes = ServerTruth.messages(server, USER, "Notes");
        assertEquals(1, serverNotes.size(), second::describe);
        assertArrayEquals(Maildir.toCrlf(note), Maildir.withoutTuid(serverNotes.get(0).bytes()));
        assertEveryFolderMirrored(second);

        ExternalProgram.Outcome third = mbsync(config, "over-tls"); // nothing left to do: a clean no-op
        assertTrue(third.succeeded(), third::describe);
        assertEveryFolderMirrored(third);
    }

    /** Every server folder has a Maildir twin with the same messages (bytes and system flags), and vice versa. */
    private void assertEveryFolderMirrored(ExternalProgram.Outcome run) throws IOException {
        List<String> serverFolders = new ArrayList<>();
        for (var item : server.store().account(USER).list("", "*")) {
            if (item.attributes().stream().noneMatch(a -> a.equalsIgnoreCase("\\Noselect"))) {
                serverFolders.add(item.mailbox());
            }
        }
        for (String wire : serverFolders) {
            Maildir local = local(wire);
            assertTrue(local.exists(), () -> "no Maildir for server folder " + wire + "\n" + run.describe());
            List<String> here = new ArrayList<>();
            for (Maildir.Entry e : local.messages()) {
                here.add(describe(e.imapBytes(), e.flags()));
            }
            List<String> there = new ArrayList<>();
            for (ServerTruth.Stored m : ServerTruth.messages(server, USER, ModifiedUtf7.decode(wire))) {
                Set<String> system = new TreeSet<>(m.flags());
                system.retainAll(Maildir.FLAGS.values());
                there.add(describe(Maildir.withoutTuid(m.bytes()), system));
            }
            assertEquals(sorted(there), sorted(here), () -> "folder " + wire + " differs\n" + run.describe());
        }
    }

    private Maildir local(String wireName) {
        // mbsync 1.4 uses the IMAP name as it is on the wire (no UTF-7 decoding) for the directory name.
        return new Maildir(dir.resolve("mail").resolve(wireName));
    }

    private Path writeConfig() throws IOException {
        Path ca = ServerTruth.writeCa(server, dir);
        Path mail = Files.createDirectories(dir.resolve("mail"));
        String accounts = account("over-tls", server.tlsPort(), "IMAPS", ca)
                + account("over-starttls", server.plainPort(), "STARTTLS", ca);
        String stores = "MaildirStore local\nPath " + mail + "/\nInbox " + mail.resolve("INBOX")
                + "\nSubFolders Verbatim\n\n";
        String channels = channel("over-tls") + channel("over-starttls");
        return Files.writeString(dir.resolve("mbsyncrc"), accounts + stores + channels);
    }

    private static String account(String name, int port, String sslType, Path ca) {
        return "IMAPAccount " + name + "\nHost localhost\nPort " + port + "\nUser " + USER + "\nPass "
                + TestServers.PASSWORD + "\nSSLType " + sslType + "\nSSLVersions TLSv1.2 TLSv1.3\n"
                + "SystemCertificates no\nCertificateFile " + ca + "\nTimeout 20\n\n"
                + "IMAPStore " + name + "-far\nAccount " + name + "\n\n";
    }

    private static String channel(String name) {
        return "Channel " + name + "\nFar :" + name + "-far:\nNear :local:\nPatterns *\nCreate Both\n"
                + "Expunge Both\nSyncState *\nSync All\n\n";
    }

    private ExternalProgram.Outcome mbsync(Path config, String channel) throws IOException, InterruptedException {
        Path mbsync = ExternalProgram.require("mbsync", "isync");
        // -Dn: the IMAP conversation (no message bodies) in the output, for failure messages.
        return ExternalProgram.run(List.of(mbsync.toString(), "-c", config.toString(), "-V", "-Dn", channel), dir,
                Map.of("HOME", dir.toString()), LIMIT);
    }

    private static Maildir.Entry withSubject(List<Maildir.Entry> entries, String subject) {
        return entries.stream().filter(e -> subject(e.bytes()).equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no local message with subject " + subject));
    }

    private static String subject(byte[] message) {
        for (String line : new String(message, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, "Subject:", 0, 8)) {
                return line.substring(8).trim();
            }
        }
        return "";
    }

    private static String describe(byte[] bytes, Set<String> flags) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
            return "\"" + subject(bytes) + "\" " + bytes.length + "B sha=" + sha + " " + flags;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
