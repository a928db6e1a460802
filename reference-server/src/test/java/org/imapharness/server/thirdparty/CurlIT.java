package org.imapharness.server.thirdparty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imapharness.server.RunningServer;
import org.imapharness.server.it.TestServers;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.store.AppendResult;
import org.imapharness.server.store.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * curl's IMAP support (libcurl, which we did not write) on both ports: {@code imaps://} (implicit
 * TLS) and {@code imap://} with {@code --ssl-reqd} (STARTTLS), trusting only the server's CA.
 * Messages are seeded through the store and uploads are checked there, so only curl speaks IMAP.
 */
class CurlIT {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String USER = "carol";

    private static RunningServer server;
    private static List<Long> seededUids;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServers.start();
        Mailbox inbox = server.store().account(USER).mailbox("INBOX");
        seededUids = new ArrayList<>();
        for (Corpus.Entry e : Corpus.all()) {
            AppendResult r = inbox.append(e.bytes(), List.of(), OffsetDateTime.parse("2024-05-01T12:00:00+02:00"));
            seededUids.add(r.uid());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void implicitTlsListsMailboxes() throws Exception {
        ExternalProgram.Outcome run = curl(imaps("/"));
        assertTrue(run.succeeded(), run::describe);
        for (String box : List.of("INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive")) {
            assertTrue(run.stdout().lines().anyMatch(l -> l.startsWith("* LIST ") && l.endsWith(" " + box)
                    || l.endsWith(" \"" + box + "\"")), () -> box + " listed\n" + run.describe());
        }
        assertTrue(run.stdout().contains("\\Sent"), () -> "SPECIAL-USE attribute listed\n" + run.describe());
    }

    @Test
    void implicitTlsFetchesEveryMessageByUidByteForByte() throws Exception {
        List<Corpus.Entry> corpus = Corpus.all();
        for (int i = 0; i < corpus.size(); i++) {
            Path out = dir.resolve("fetched-" + i + ".eml");
            ExternalProgram.Outcome run = curl(imaps("/INBOX;UID=" + seededUids.get(i)), "-o", out.toString());
            assertTrue(run.succeeded(), run::describe);
            Corpus.Entry expected = corpus.get(i);
            assertArrayEquals(expected.bytes(), Files.readAllBytes(out),
                    () -> expected.name() + " fetched by curl differs\n" + run.describe());
        }
    }

    @Test
    void implicitTlsFetchesOnePartBySection() throws Exception {
        int index = Corpus.names().indexOf("02-mixed-attachment.eml");
        Path out = dir.resolve("part.txt");
        ExternalProgram.Outcome run = curl(imaps("/INBOX;UID=" + seededUids.get(index) + "/;SECTION=1"),
                "-o", out.toString());
        assertTrue(run.succeeded(), run::describe);
        // BODY[1] is the part's body alone: no MIME header, and the CRLF before the boundary belongs to the boundary.
        assertEquals("Please find the report attached.", Files.readString(out), run::describe);
    }

    @Test
    void startTlsUploadsWithAppendAndTheStoreHoldsTheExactBytes() throws Exception {
        byte[] message = ("From: curl <curl@example.org>\r\nTo: carol@example.org\r\nSubject: uploaded by curl\r\n"
                + "Message-ID: <curl-upload@example.org>\r\n\r\nsent with curl -T over STARTTLS\r\n").getBytes();
        Path file = Files.write(dir.resolve("upload.eml"), message);
        ExternalProgram.Outcome run = curl(starttls("/Drafts"), "-T", file.toString());
        assertTrue(run.succeeded(), run::describe);
        List<ServerTruth.Stored> drafts = ServerTruth.messages(server, USER, "Drafts");
        assertEquals(1, drafts.size(), run::describe);
        assertArrayEquals(message, drafts.get(0).bytes(), run::describe);
    }

    @Test
    void startTlsIsRequiredAndCustomCommandsWork() throws Exception {
        ExternalProgram.Outcome run = curl(starttls("/"), "-X", "STATUS INBOX (MESSAGES UIDNEXT)");
        assertTrue(run.succeeded(), run::describe);
        assertTrue(run.stdout().contains("MESSAGES " + Corpus.names().size()), run::describe);
        assertTrue(run.stderr().contains("STARTTLS"), () -> "curl upgraded with STARTTLS\n" + run.describe());
        ExternalProgram.Outcome search = curl(starttls("/INBOX"), "-X", "UID SEARCH SUBJECT \"Lunch\"");
        assertTrue(search.succeeded(), search::describe);
        assertTrue(search.stdout().contains("* SEARCH " + seededUids.get(0)), search::describe);
    }

    private String imaps(String path) {
        return "imaps://127.0.0.1:" + server.tlsPort() + path;
    }

    private String starttls(String path) {
        return "imap://127.0.0.1:" + server.plainPort() + path;
    }

    private ExternalProgram.Outcome curl(String url, String... extra) throws IOException, InterruptedException {
        Path curl = ExternalProgram.require("curl", "curl");
        List<String> command = new ArrayList<>(List.of(curl.toString(), "--disable", "--silent", "--show-error", "--verbose",
                "--max-time", "20", "--ssl-reqd", "--cacert", ServerTruth.writeCa(server, dir).toString(),
                "--user", USER + ":" + TestServers.PASSWORD));
        command.addAll(List.of(extra));
        command.add(url);
        // --disable (first) ignores ~/.curlrc and NO_PROXY keeps proxies out: curl's defaults against 127.0.0.1.
        return ExternalProgram.run(command, dir, Map.of("NO_PROXY", "*", "no_proxy", "*"), LIMIT);
    }
}
