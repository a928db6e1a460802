package org.imapharness.server.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.server.RunningServer;
import org.imapharness.server.it.TestServers;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * interimap (which we did not write) keeps a local Dovecot and our server in step with QRESYNC
 * (RFC 7162), CONDSTORE, UIDPLUS and LIST-STATUS, over implicit TLS. It is strict: it aborts or
 * warns on a wrong VANISHED, HIGHESTMODSEQ, UIDNEXT or MODSEQ. Each side is judged by its own
 * truth: our store read directly, Dovecot read over its own IMAP.
 */
class InterimapIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String USER = "alice";
    /** What interimap prints when a server misbehaves, or when it had to guess. */
    private static final Pattern COMPLAINT = Pattern.compile("(?i)warning|violation|error|panic|non .*-capable|"
            + "missing|unexpected|abort");

    private RunningServer server;
    private LocalDovecot local;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.start();
        Account account = server.store().account(USER);
        account.create("Projects");
        append(account.mailbox("INBOX"), "server one", "\\Seen");
        append(account.mailbox("INBOX"), "server two", "\\Seen", "\\Flagged");
        append(account.mailbox("INBOX"), "server three");
        append(account.mailbox("Projects"), "server plan", "\\Answered");
        local = LocalDovecot.create(Files.createDirectories(dir.resolve("local")));
        local.session(List.of(LocalDovecot.append("INBOX", "\\Seen", message("local one")),
                LocalDovecot.append("INBOX", "\\Draft", message("local two")), "CREATE Notes",
                LocalDovecot.append("Notes", "\\Flagged", message("local note"))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void synchronisesBothWaysThenIncrementallyThenNotAtAll() throws Exception {
        Path config = writeConfig();
        ExternalProgram.Outcome first = interimap(config);
        assertClean(first);
        assertEquals(Set.of("local one", "local two", "server one", "server two", "server three"),
                serverSide("INBOX").keySet(), first::describe);
        assertEquals(Set.of("\\Draft"), serverSide("INBOX").get("local two"), first::describe);
        assertEquals(Set.of("\\Flagged"), serverSide("Notes").get("local note"), first::describe);
        assertEquals(Set.of("\\Answered"), local.messages("Projects").get("server plan"), first::describe);
        assertMirrored(first, "INBOX", "Projects", "Notes");

        // Server changes, through the store: flags set and cleared, one message expunged, a new folder.
        Account account = server.store().account(USER);
        Mailbox inbox = account.mailbox("INBOX");
        inbox.store(List.of(uid("server three")), StoreMode.ADD, List.of("\\Flagged"), null, null);
        inbox.store(List.of(uid("server two")), StoreMode.REMOVE, List.of("\\Seen"), null, null);
        inbox.store(List.of(uid("local one")), StoreMode.ADD, List.of("\\Deleted"), null, null);
        inbox.expunge(List.of(uid("local one")));
        account.create("Receipts");
        append(account.mailbox("Receipts"), "server archived", "\\Seen");
        // Local changes, over Dovecot's IMAP: flags, a deletion, a new folder.
        localStore("local two", "FLAGS (\\Answered)");
        localStore("server one", "+FLAGS (\\Deleted)");
        local.session(List.of("SELECT INBOX", "EXPUNGE", "CREATE Travel",
                LocalDovecot.append("Travel", "", message("local trip"))));

        ExternalProgram.Outcome second = interimap(config);
        assertClean(second);
        Map<String, Set<String>> serverInbox = serverSide("INBOX");
        assertEquals(Set.of("local two", "server three", "server two"), serverInbox.keySet(), second::describe);
        assertEquals(Set.of("\\Answered"), serverInbox.get("local two"), second::describe);
        assertEquals(Set.of("\\Flagged"), serverInbox.get("server two"), second::describe);
        assertEquals(Set.of("\\Flagged"), local.messages("INBOX").get("server three"), second::describe);
        assertTrue(ServerTruth.exists(server, USER, "Travel"), second::describe);
        assertEquals(Set.of("\\Seen"), local.messages("Receipts").get("server archived"), second::describe);
        assertMirrored(second, "INBOX", "Projects", "Notes", "Receipts", "Travel");

        long modSeqBefore = account.mailbox("INBOX").status().highestModSeq();
        ExternalProgram.Outcome third = interimap(config);
        assertClean(third);
        // Nothing changed, so QRESYNC tells interimap so and it moves nothing: no log line but the
        // traffic totals (and the local Dovecot's disconnect notice), no new mod-sequence.
        String activity = third.stderr().lines()
                .filter(l -> !l.contains("IMAP traffic (bytes)") && !l.contains(": Info: Disconnected"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertEquals("", activity.strip(), third::describe);
        assertEquals(modSeqBefore, account.mailbox("INBOX").status().highestModSeq(), third::describe);
        assertMirrored(third, "INBOX", "Projects", "Notes", "Receipts", "Travel");
    }

    private void localStore(String subject, String change) throws Exception {
        String found = local.session(List.of("SELECT INBOX", "UID SEARCH SUBJECT \"" + subject + "\""));
        var m = Pattern.compile("(?m)^\\* SEARCH (\\d+)\\s*$").matcher(found);
        assertTrue(m.find(), () -> "no local message " + subject + "\n" + found);
        local.session(List.of("SELECT INBOX", "UID STORE " + m.group(1) + " " + change));
    }

    private void assertClean(ExternalProgram.Outcome run) {
        assertTrue(run.succeeded(), run::describe);
        assertFalse(COMPLAINT.matcher(run.stderr() + run.stdout()).find(), () -> "interimap complained\n"
                + run.describe());
    }

    private void assertMirrored(ExternalProgram.Outcome run, String... folders) throws Exception {
        for (String folder : folders) {
            assertEquals(serverSide(folder), local.messages(folder), () -> "folder " + folder + " differs\n"
                    + run.describe());
        }
    }

    /** Subject to flags, from our store. */
    private Map<String, Set<String>> serverSide(String folder) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (ServerTruth.Stored m : ServerTruth.messages(server, USER, folder)) {
            out.put(subject(m.bytes()), new TreeSet<>(m.flags()));
        }
        return out;
    }

    private long uid(String subject) {
        return ServerTruth.messages(server, USER, "INBOX").stream().filter(m -> subject(m.bytes()).equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no server message " + subject)).uid();
    }

    private static String subject(byte[] message) {
        var m = Pattern.compile("(?im)^Subject: ?([^\r\n]*)").matcher(new String(message, StandardCharsets.UTF_8));
        return m.find() ? m.group(1).trim() : "";
    }

    private static String message(String subject) {
        return "From: alice@example.org\r\nTo: bob@example.net\r\nSubject: " + subject + "\r\nMessage-ID: <"
                + subject.replace(' ', '.') + "@example.org>\r\n\r\nBody of " + subject + ".\r\n";
    }

    private static void append(Mailbox box, String subject, String... flags) {
        box.append(message(subject).getBytes(StandardCharsets.UTF_8), List.of(flags),
                OffsetDateTime.parse("2024-02-01T10:00:00+01:00"));
    }

    private Path writeConfig() throws Exception {
        Path ca = ServerTruth.writeCa(server, dir);
        String ini = "database = " + dir.resolve("interimap.db") + "\n\n[local]\ntype = tunnel\ncommand = "
                + local.tunnelCommand() + "\nnull-stderr = NO\n\n[remote]\ntype = imaps\nhost = localhost\nport = "
                + server.tlsPort() + "\nusername = " + USER + "\npassword = " + TestServers.PASSWORD
                + "\nSSL_CAfile = " + ca + "\nSSL_verify = YES\n";
        return Files.writeString(dir.resolve("interimap.ini"), ini);
    }

    private ExternalProgram.Outcome interimap(Path config) throws Exception {
        Path interimap = ExternalProgram.require("interimap", "interimap");
        return ExternalProgram.run(List.of(interimap.toString(), "--config=" + config), dir,
                Map.of("HOME", dir.toString(), "XDG_DATA_HOME", dir.toString()), LIMIT);
    }
}
