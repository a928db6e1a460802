package org.imapharness.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.Octets;
import org.junit.jupiter.api.Test;

/** Every wait ends: greeting, command, continuation; and what a timeout leaves behind. */
class TimeoutIT {
    private static final Duration SHORT = Duration.ofMillis(300);

    private static Throwable failure(CompletableFuture<?> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        return e.getCause();
    }

    @Test
    void silentServerFailsTheConnectWithAGreetingTimeout() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> peer.readAvailable(3000))) {
            long start = System.nanoTime();
            Throwable t = failure(ImapClient.connect(server.config().withCommandTimeout(SHORT)));
            ImapTimeoutException e = assertInstanceOf(ImapTimeoutException.class, t);
            assertEquals(ImapTimeoutException.Phase.GREETING, e.phase());
            assertEquals("no greeting from 127.0.0.1:" + server.port() + " within 300 ms", e.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
        }
    }

    @Test
    void refusedConnectIsAClearError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Throwable t = failure(ImapClient.connect(ImapClientConfig.plain("127.0.0.1", port)));
        assertInstanceOf(ImapClientException.class, t);
        assertTrue(t.getMessage().startsWith("cannot connect to 127.0.0.1:" + port + ": "), t.getMessage());
    }

    @Test
    void timedOutCommandFailsAloneAndItsLateCompletionIsReported() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 NOOP", peer.readLine());
            assertEquals("A0002 NOOP", peer.readLine());
            peer.send("A0002 OK second\r\n");
            assertEquals("A0003 NOOP", peer.readLine()); // sent after A0001 timed out
            peer.send("A0001 OK late\r\nA0003 OK third\r\n");
            peer.readAvailable(2000);
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CompletableFuture<CommandResult> slow = c.send(new Command.Noop(), SHORT);
            CompletableFuture<CommandResult> fast = c.send(new Command.Noop());
            assertTrue(fast.join().isOk());
            ImapTimeoutException e = assertInstanceOf(ImapTimeoutException.class, failure(slow));
            assertEquals("A0001", e.tag());
            assertEquals("NOOP", e.command());
            assertEquals("A0001 NOOP: no tagged completion within 300 ms", e.getMessage());

            CommandResult third = c.send(new Command.Noop()).join();
            assertTrue(third.isOk());
            assertTrue(c.isOpen(), "a plain timeout leaves the connection usable");
            assertEquals(1L, c.problemCounts().get(ProtocolProblem.Kind.LATE_COMPLETION));
            assertInstanceOf(ProtocolProblem.LateCompletion.class, third.problems().get(0));
            c.close();
            server.awaitScript();
        }
    }

    @Test
    void timeoutWhileWaitingForAContinuationClosesTheConnection() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 APPEND INBOX {5}", peer.readLine());
            // Never "+": the NOOP queued behind the literal must never be written.
            assertEquals("", peer.readAvailable(2000));
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CompletableFuture<CommandResult> append =
                    c.send(new Command.Append("INBOX", null, null, Octets.utf8("hello")), SHORT);
            CompletableFuture<CommandResult> noop = c.send(new Command.Noop());
            ImapTimeoutException e = assertInstanceOf(ImapTimeoutException.class, failure(append));
            assertEquals("A0001 APPEND: no continuation request for literal 1 of 1 within 300 ms", e.getMessage());
            ConnectionClosedException closed = assertInstanceOf(ConnectionClosedException.class, failure(noop));
            assertTrue(closed.reason().contains("A0001 APPEND") && closed.reason().contains("held the line"),
                    closed.reason());
            assertFalse(c.isOpen());
            server.awaitScript();
        }
    }
}
