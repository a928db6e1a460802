package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.imapharness.server.RunningServer;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a durable store, sessions run on their own executors instead of the event loops (commits
 * wait for fsync). The ordering-sensitive paths must behave exactly as on the event loop:
 * STARTTLS with injected plaintext, pipelining, and IDLE pushes (from sessions and from the store).
 */
class DurableSessionIT {
    @TempDir
    Path store;

    @Test
    void startTlsPipeliningAndIdleWorkOffTheEventLoop() throws Exception {
        try (RunningServer server = TestServers.start(b -> b.storeDir(store))) {
            try (ScriptClient c = ScriptClient.plain(server.plainPort())) {
                c.readLine();
                c.sendRaw("s STARTTLS\r\nx LOGIN alice secret\r\n".getBytes(StandardCharsets.US_ASCII));
                assertEquals("s OK Begin TLS negotiation now", c.readLine());
                c.startTls(server.certificatePem());
                assertEquals(List.of("n OK NOOP completed"), c.command("n", "NOOP"));
                assertTrue(ScriptClient.tagged(c.command("l", "LOGIN alice secret")).startsWith("l OK "));
                StringBuilder batch = new StringBuilder();
                for (int i = 0; i < 20; i++) {
                    batch.append("p").append(i).append(" APPEND INBOX {7+}\r\nSubj: ").append(i % 10).append("\r\n");
                }
                c.sendRaw(batch.toString().getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 20; i++) {
                    assertTrue(ScriptClient.tagged(c.readUntilTagged("p" + i)).startsWith("p" + i + " OK [APPENDUID "));
                }
            }
            try (ScriptClient writer = TestServers.loggedIn(server, "alice");
                 ScriptClient idler = TestServers.loggedIn(server, "alice")) {
                assertTrue(idler.command("s", "SELECT INBOX").contains("* 20 EXISTS"));
                idler.send("i IDLE");
                assertEquals("+ idling", idler.readLine());
                writer.command("a", "APPEND INBOX {9+}\r\nSubject:d");
                assertEquals("* 21 EXISTS", idler.readLine());
                assertEquals("* 21 RECENT", idler.readLine(), "all are recent in the first session to select");
                server.store().account("alice").mailbox("INBOX").append(
                        "Subject: e\r\n\r\n".getBytes(StandardCharsets.US_ASCII), List.of(),
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0));
                assertEquals("* 22 EXISTS", idler.readLine(), "a change made in the store wakes the idler too");
                assertEquals("* 22 RECENT", idler.readLine());
                idler.send("DONE");
                assertEquals("i OK IDLE terminated", idler.readLine());
            }
        }
    }
}
