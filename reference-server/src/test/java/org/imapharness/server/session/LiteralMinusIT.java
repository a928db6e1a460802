package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code literal-mode = minus}: LITERAL- (RFC 7888 §4) instead of LITERAL+. Non-synchronizing
 * literals up to 4096 bytes are taken; a larger one is answered BAD [TOOBIG] and its bytes are
 * read and dropped, so the next command is understood. Synchronizing literals work as always.
 */
class LiteralMinusIT {
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(b -> b.set("literal-mode", "minus").set("max-literal-size", "8k"));

    @Test
    void advertisesLiteralMinusAndNotLiteralPlus() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "alice")) {
            List<String> caps = List.of(c.command("c", "CAPABILITY").get(0).split(" "));
            assertTrue(caps.contains("LITERAL-"), caps.toString());
            assertFalse(caps.contains("LITERAL+"), "one or the other, never both: " + caps);
        }
    }

    @Test
    void nonSynchronizingUpTo4096BytesIsAccepted() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "alice")) {
            c.command("m", "CREATE Minus4096");
            String ok = ScriptClient.tagged(c.command("a", "APPEND Minus4096 {4096+}\r\n" + message(4096)));
            assertTrue(ok.startsWith("a OK [APPENDUID "), ok);
        }
    }

    @Test
    void nonSynchronizingOver4096IsBadTooBigAndItsBytesAreSkipped() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            c.command("m", "CREATE Minus4097");
            // The data is made of command lines: were it not consumed, they would run.
            String data = "d DELETE Minus4097\r\n".repeat(205).substring(0, 4097);
            c.sendRaw(("a APPEND Minus4097 {4097+}\r\n" + data + "\r\nn NOOP\r\n").getBytes(StandardCharsets.US_ASCII));
            String refused = c.readLine();
            assertTrue(refused.startsWith("a BAD [TOOBIG] Non-synchronizing literal of 4097 bytes"), refused);
            assertEquals("n OK NOOP completed", c.readLine(), "the literal's bytes were not read as commands");
            assertEquals("* STATUS Minus4097 (MESSAGES 0)", c.command("s", "STATUS Minus4097 (MESSAGES)").get(0));
        }
    }

    @Test
    void literal8IsHeldToTheSameCap() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            List<String> lines = c.command("a", "APPEND INBOX ~{5000+}\r\n" + message(5000));
            assertTrue(ScriptClient.tagged(lines).startsWith("a BAD [TOOBIG] "), lines.toString());
        }
    }

    @Test
    void synchronizingLiteralsOver4096StillWork() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "carol")) {
            c.send("a APPEND INBOX {5000}");
            assertEquals("+ Ready for literal data", c.readLine());
            c.send(message(5000));
            String ok = ScriptClient.tagged(c.readUntilTagged("a"));
            assertTrue(ok.startsWith("a OK [APPENDUID "), ok);
        }
    }

    @Test
    void nonSynchronizingBeyondTheLiteralLimitIsBadTooSinceLiteralMinusSaysSo() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "carol")) {
            c.sendRaw(("a APPEND INBOX {9000+}\r\n" + message(9000) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(c.readLine().startsWith("a BAD [TOOBIG] "), "RFC 7888 section 4 wants BAD");
            assertEquals("n OK NOOP completed", ScriptClient.tagged(c.command("n", "NOOP")));
        }
    }

    /** A message of exactly {@code size} bytes. */
    static String message(int size) {
        String header = "Subject: filler\r\n\r\n";
        return header + "x".repeat(size - header.length());
    }
}
