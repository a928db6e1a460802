package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.imapharness.server.store.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two sessions of one user on one mailbox: unsolicited updates at NOOP (RFC 3501 §5.2) and in IDLE (RFC 2177). */
class TwoSessionsIT {
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass();

    @Test
    void appendInOneSessionIsAnnouncedToTheOtherAtNoop() throws Exception {
        try (ScriptClient writer = TestServers.loggedIn(SERVER.get(), "alice");
             ScriptClient reader = TestServers.loggedIn(SERVER.get(), "alice")) {
            writer.command("c", "CREATE Shared1");
            reader.command("s", "SELECT Shared1");
            writer.command("a", "APPEND Shared1 {9+}\r\nSubject:x");
            List<String> noop = reader.command("n", "NOOP");
            assertTrue(noop.contains("* 1 EXISTS"), noop.toString());
            writer.command("w", "SELECT Shared1");
            writer.command("f", "STORE 1 +FLAGS (\\Flagged)");
            List<String> flags = reader.command("n2", "NOOP");
            assertTrue(flags.get(0).matches("\\* 1 FETCH \\(FLAGS \\(.*\\\\Flagged.*\\)\\)"), flags.toString());
            writer.command("d", "STORE 1 +FLAGS (\\Deleted)");
            writer.command("x", "EXPUNGE");
            List<String> fetch = reader.command("r", "FETCH 1 (FLAGS)");
            assertTrue(fetch.stream().noneMatch(l -> l.endsWith("EXPUNGE")), "no EXPUNGE during FETCH (§7.4.1): " + fetch);
            List<String> gone = reader.command("n3", "NOOP");
            assertTrue(gone.contains("* 1 EXPUNGE"), gone.toString());
        }
    }

    @Test
    void idlingSessionIsToldAtOnce() throws Exception {
        try (ScriptClient writer = TestServers.loggedIn(SERVER.get(), "bob");
             ScriptClient idler = TestServers.loggedIn(SERVER.get(), "bob")) {
            writer.command("c", "CREATE Shared2");
            idler.command("s", "SELECT Shared2");
            idler.send("i IDLE");
            assertEquals("+ idling", idler.readLine());
            assertTrue(idler.silentFor(200), "nothing to say yet");
            long before = System.nanoTime();
            writer.command("a", "APPEND Shared2 {9+}\r\nSubject:y");
            assertEquals("* 1 EXISTS", idler.readLine());
            assertEquals("* 1 RECENT", idler.readLine());
            long pushMillis = (System.nanoTime() - before) / 1_000_000;
            assertTrue(pushMillis < 2_000, "pushed during IDLE, not at DONE; took " + pushMillis + " ms");
            writer.command("w", "SELECT Shared2");
            writer.command("d", "STORE 1 +FLAGS (\\Deleted)");
            assertTrue(idler.readLine().startsWith("* 1 FETCH (FLAGS ("));
            writer.command("x", "EXPUNGE");
            assertEquals("* 1 EXPUNGE", idler.readLine(), "EXPUNGE is allowed while idling");
            idler.send("DONE");
            assertEquals("i OK IDLE terminated", idler.readLine());
        }
    }

    @Test
    void changesMadeStraightInTheStoreWakeIdlersToo() throws Exception {
        try (ScriptClient idler = TestServers.loggedIn(SERVER.get(), "carol")) {
            Mailbox inbox = SERVER.store().account("carol").mailbox("INBOX");
            idler.command("s", "SELECT INBOX");
            idler.send("i IDLE");
            assertEquals("+ idling", idler.readLine());
            long before = System.nanoTime();
            inbox.append("Subject: delivered\r\n\r\nby an LDA\r\n".getBytes(StandardCharsets.US_ASCII), List.of(),
                    OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
            assertEquals("* 1 EXISTS", idler.readLine(), "no session ran a command; the store woke the idler");
            assertEquals("* 1 RECENT", idler.readLine(), "recent in the one read-write session (RFC 3501 §2.3.2)");
            long pushMillis = (System.nanoTime() - before) / 1_000_000;
            assertTrue(pushMillis < 2_000, "pushed during IDLE; took " + pushMillis + " ms");
            for (int i = 0; i < 5; i++) {
                inbox.append(("Subject: burst " + i + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), List.of(),
                        OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
            }
            String line = idler.readLine();
            while (!line.equals("* 6 EXISTS")) {
                assertTrue(line.matches("\\* [2-5] (EXISTS|RECENT)"), line);
                line = idler.readLine();
            }
            assertEquals("* 6 RECENT", idler.readLine());
            idler.send("DONE");
            assertEquals("i OK IDLE terminated", idler.readLine(), "nothing was left for DONE to deliver");
        }
    }

    @Test
    void idleEndsWithBadOnAnythingButDone() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            c.send("i IDLE");
            assertEquals("+ idling", c.readLine());
            c.send("j NOOP");
            assertTrue(c.readLine().startsWith("i BAD "));
            assertEquals("k OK NOOP completed", ScriptClient.tagged(c.command("k", "NOOP")));
        }
    }
}
