package org.imapharness.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.imapharness.protocol.command.Command;
import org.junit.jupiter.api.Test;

/** When the connection ends, every waiting future fails and says why. */
class ConnectionCloseIT {

    private static ConnectionClosedException closed(CompletableFuture<?> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        return assertInstanceOf(ConnectionClosedException.class, e.getCause());
    }

    @Test
    void serverHangingUpFailsEveryPendingCommand() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            peer.readLine();
            peer.readLine();
            peer.close();
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CompletableFuture<CommandResult> first = c.send(new Command.Noop());
            CompletableFuture<CommandResult> second = c.send(new Command.Capability());
            assertEquals("the server closed the connection", closed(first).reason());
            assertEquals("the server closed the connection", closed(second).reason());
            assertNull(closed(second).bye());
            // Later sends fail at once with the same reason.
            assertEquals("the server closed the connection", closed(c.send(new Command.Noop())).reason());
            assertEquals("the server closed the connection", c.closeFuture().join().reason());
            server.awaitScript();
        }
    }

    @Test
    void byeTextIsTheReason() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            peer.readLine();
            peer.send("* BYE server shutting down for maintenance\r\n");
            peer.close();
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            ConnectionClosedException e = closed(c.send(new Command.Noop()));
            assertEquals("the server said BYE: server shutting down for maintenance", e.reason());
            assertEquals("server shutting down for maintenance", e.bye().text());
            server.awaitScript();
        }
    }

    @Test
    void closingTheClientFailsPendingCommands() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            peer.readAvailable(2000);
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            CompletableFuture<CommandResult> pending = c.send(new Command.Noop());
            c.close();
            assertEquals("closed by the client", closed(pending).reason());
            server.awaitScript();
        }
    }

    @Test
    void byeGreetingRejectsTheConnection() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> peer.send("* BYE too many connections\r\n"))) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> ImapClient.connect(server.config()).join());
            GreetingRejectedException rejected = assertInstanceOf(GreetingRejectedException.class, e.getCause());
            assertEquals("too many connections", rejected.bye().text());
            assertTrue(rejected.getMessage().contains("rejected the connection in its greeting: * BYE too many"),
                    rejected.getMessage());
        }
    }

    @Test
    void garbageGreetingIsAProtocolError() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> peer.send("220 smtp.example.com ESMTP\r\n"))) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> ImapClient.connect(server.config()).join());
            ImapProtocolException p = assertInstanceOf(ImapProtocolException.class, e.getCause());
            assertTrue(p.getMessage().startsWith("expected a greeting (* OK, * PREAUTH or * BYE"), p.getMessage());
        }
    }
}
