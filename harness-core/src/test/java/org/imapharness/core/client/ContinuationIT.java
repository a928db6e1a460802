package org.imapharness.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.codec.LiteralMode;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.StatusCondition;
import org.junit.jupiter.api.Test;

/** Literals, SASL and stray continuations (RFC 3501 §7.5, §6.2.2; RFC 7888). */
class ContinuationIT {

    private static Command append(String text) {
        return new Command.Append("INBOX", null, null, Octets.utf8(text));
    }

    @Test
    void synchronizingLiteralWaitsForPlusAndNothingIsInterleaved() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 APPEND INBOX {5}", peer.readLine());
            assertEquals("", peer.readAvailable(300), "neither the literal nor the next command before +");
            peer.send("+ go ahead\r\n");
            assertEquals("hello", new String(peer.readBytes(5), StandardCharsets.US_ASCII));
            assertEquals("", peer.readLine());
            assertEquals("A0002 NOOP", peer.readLine());
            peer.send("A0001 OK APPEND completed\r\nA0002 OK NOOP completed\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CompletableFuture<CommandResult> append = c.send(append("hello"));
            CompletableFuture<CommandResult> noop = c.send(new Command.Noop());
            assertTrue(append.join().isOk());
            assertTrue(noop.join().isOk());
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void literalRefusedWithNoEndsTheCommandAndFreesTheLine() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 APPEND INBOX {5}", peer.readLine());
            peer.send("A0001 NO [TOOBIG] message too big\r\n");
            assertEquals("A0002 NOOP", peer.readLine());
            peer.send("A0002 OK\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CompletableFuture<CommandResult> append = c.send(append("hello"));
            CompletableFuture<CommandResult> noop = c.send(new Command.Noop());
            assertEquals(StatusCondition.NO, append.join().status());
            assertTrue(noop.join().isOk());
            assertFalse(c.transcript().render().contains("hello"), "the literal was never sent");
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void literalPlusSendsTheDataAtOnce() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n");
            assertEquals("A0001 APPEND INBOX {5+}", peer.readLine());
            assertEquals("hello", peer.readLine());
            peer.send("A0001 OK\r\n");
        })) {
            ImapClientConfig config = server.config()
                    .withWriterOptions(CommandWriter.Options.DEFAULTS.withLiterals(LiteralMode.LITERAL_PLUS));
            ImapConnection c = ImapClient.connect(config).join();
            assertTrue(c.send(append("hello")).join().isOk());
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void saslInitialResponseIsUsedWhenAdvertisedAndRedacted() throws Exception {
        String expected = Base64.getEncoder().encodeToString("\0alice\0s3cret".getBytes(StandardCharsets.UTF_8));
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n");
            assertEquals("A0001 AUTHENTICATE PLAIN " + expected, peer.readLine());
            peer.send("A0001 OK [CAPABILITY IMAP4rev1 IDLE] logged in\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            assertTrue(c.hasCapability("sasl-ir"));
            assertTrue(c.authenticatePlain("alice", "s3cret").join().isOk());
            assertTrue(c.hasCapability("IDLE"), "capabilities from the completion's code replace the old ones");
            assertFalse(c.hasCapability("SASL-IR"));
            String text = c.transcript().render();
            assertTrue(text.contains("C: A0001 AUTHENTICATE PLAIN ***\n"), text);
            assertFalse(text.contains(expected), text);
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void secondSaslChallengeIsCancelled() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 AUTHENTICATE PLAIN", peer.readLine());
            peer.send("+ \r\n");
            assertEquals(Base64.getEncoder().encodeToString("\0bob\0pw".getBytes(StandardCharsets.UTF_8)),
                    peer.readLine());
            peer.send("+ bW9yZT8=\r\n");
            assertEquals("*", peer.readLine());
            peer.send("A0001 BAD authentication cancelled\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CommandResult r = c.authenticatePlain("bob", "pw").join();
            assertEquals(StatusCondition.BAD, r.status());
            assertTrue(c.transcript().render().contains("C: ***\nS: + bW9yZT8=\nC: *\n"), c.transcript().render());
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void strayContinuationIsReportedAndHarmless() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 NOOP", peer.readLine());
            peer.send("+ nobody asked\r\nA0001 OK\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CommandResult r = c.send(new Command.Noop()).join();
            assertTrue(r.isOk());
            assertEquals(ProtocolProblem.Kind.UNEXPECTED_CONTINUATION, r.problems().get(0).kind());
            assertEquals(1L, c.problemCounts().get(ProtocolProblem.Kind.UNEXPECTED_CONTINUATION));
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void idleRefusedFailsTheIdleFuture() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 IDLE", peer.readLine());
            peer.send("A0001 BAD no IDLE here\r\n");
            assertEquals("A0002 NOOP", peer.readLine());
            peer.send("A0002 OK\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            var idle = c.idle();
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                    idle::join);
            ImapCommandException refused = (ImapCommandException) e.getCause();
            assertEquals(StatusCondition.BAD, refused.result().status());
            assertTrue(c.send(new Command.Noop()).join().isOk());
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void aTagStillPendingCannotBeReused() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("dup NOOP", peer.readLine());
            assertEquals("", peer.readAvailable(300), "the second command with that tag is never sent");
            peer.send("dup OK\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CompletableFuture<CommandResult> first = c.send(new TaggedCommand("dup", new Command.Noop()));
            CompletableFuture<CommandResult> second = c.send(new TaggedCommand("dup", new Command.Noop()));
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                    second::join);
            assertEquals("tag dup is already in use by a pending command; responses could not be routed",
                    e.getCause().getMessage());
            assertTrue(first.join().isOk());
            server.awaitScript();
            c.close();
        }
    }
}
