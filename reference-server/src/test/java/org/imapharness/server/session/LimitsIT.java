package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Limits answer clearly and leave the connection usable; timers log out idle clients. */
class LimitsIT {
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(b -> b.set("max-line-length", "1k").set("max-literal-size", "4k")
                .set("max-commands-in-flight", "4").set("max-connections-per-user", "2")
                .set("idle-timeout", "2s").set("preauth-timeout", "3s"));

    @Test
    void tooLongLineIsBadAndTheConnectionGoesOn() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "alice")) {
            c.send("a SELECT " + "x".repeat(3000));
            assertEquals("a BAD line exceeds 1024 bytes without CRLF", c.readLine());
            assertEquals("b OK NOOP completed", ScriptClient.tagged(c.command("b", "NOOP")));
        }
    }

    @Test
    void tooBigLiteralIsRefusedBeforeItIsSent() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "alice")) {
            c.send("a APPEND INBOX {5000}");
            String refused = c.readLine();
            assertTrue(refused.startsWith("a NO [TOOBIG] "), "no continuation, a NO instead: " + refused);
            assertEquals("b OK NOOP completed", ScriptClient.tagged(c.command("b", "NOOP")));
            // A non-synchronizing literal arrives anyway: its bytes are skipped, never read as commands.
            c.sendRaw(("c APPEND INBOX {5000+}\r\n" + "d LOGOUT\r\n".repeat(500) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertTrue(c.readLine().startsWith("c NO [TOOBIG] "));
            assertEquals("e OK NOOP completed", ScriptClient.tagged(c.command("e", "NOOP")));
        }
    }

    @Test
    void manyPipelinedCommandsBeyondTheInFlightLimitAreAllAnsweredInOrder() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                batch.append("p").append(i).append(" NOOP\r\n");
            }
            c.sendRaw(batch.toString().getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 300; i++) {
                assertEquals("p" + i + " OK NOOP completed", c.readLine());
            }
        }
    }

    @Test
    void aUserBeyondTheConnectionLimitCannotLogIn() throws Exception {
        try (ScriptClient one = TestServers.loggedIn(SERVER.get(), "carol");
             ScriptClient two = TestServers.loggedIn(SERVER.get(), "carol");
             ScriptClient three = ScriptClient.tls(SERVER.tlsPort(), SERVER.certificatePem())) {
            three.readLine();
            String refused = ScriptClient.tagged(three.command("l", "LOGIN carol " + TestServers.PASSWORD));
            assertTrue(refused.startsWith("l NO [LIMIT] "), refused);
        }
    }

    @Test
    void idleClientsAreLoggedOutWithBye() throws Exception {
        try (ScriptClient anonymous = ScriptClient.plain(SERVER.plainPort());
             ScriptClient user = TestServers.loggedIn(SERVER.get(), "alice")) {
            anonymous.readLine();
            assertEquals("* BYE Autologout; idle for too long", anonymous.readLine(), "pre-auth timeout");
            assertTrue(anonymous.closedByServer());
            assertEquals("* BYE Autologout; idle for too long", user.readLine(), "§5.4 autologout");
            assertTrue(user.closedByServer());
        }
    }
}
