package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.server.RunningServer;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Each fault switch wired in the session breaks its one rule: the same script that passes against
 * a correct server (the other ITs) shows the defect here.
 */
class FaultsIT {

    private static RunningServer with(Fault fault) {
        return TestServers.start(b -> b.addFault(fault));
    }

    @Test
    void starttlsKeepsPipelinedExecutesInjectedPlaintext() throws Exception {
        try (RunningServer server = with(Fault.STARTTLS_KEEPS_PIPELINED);
             ScriptClient c = ScriptClient.plain(server.plainPort())) {
            c.readLine();
            c.sendRaw("s STARTTLS\r\nx NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("s OK Begin TLS negotiation now", c.readLine());
            c.startTls(server.certificatePem());
            assertEquals("x OK NOOP completed", c.readLine(), "the injected command ran");
        }
    }

    @Test
    void loginBeforeTlsAcceptsPlaintextPasswords() throws Exception {
        try (RunningServer server = with(Fault.LOGIN_BEFORE_TLS);
             ScriptClient c = ScriptClient.plain(server.plainPort())) {
            assertFalse(c.readLine().contains("LOGINDISABLED"));
            assertTrue(ScriptClient.tagged(c.command("a", "LOGIN alice secret")).startsWith("a OK "));
        }
    }

    @Test
    void literalNoContinuationNeverSaysGoAhead() throws Exception {
        try (RunningServer server = with(Fault.LITERAL_NO_CONTINUATION);
             ScriptClient c = TestServers.loggedIn(server, "alice")) {
            c.send("a APPEND INBOX {5}");
            assertTrue(c.silentFor(500), "no '+' for a synchronizing literal");
        }
    }

    @Test
    void capabilityNotReissuedAfterTlsKeepsThePreTlsList() throws Exception {
        try (RunningServer server = with(Fault.CAPABILITY_NOT_REISSUED_AFTER_TLS);
             ScriptClient c = ScriptClient.plain(server.plainPort())) {
            c.readLine();
            c.command("s", "STARTTLS");
            c.startTls(server.certificatePem());
            String caps = c.command("c", "CAPABILITY").get(0);
            assertTrue(caps.contains(" STARTTLS") && caps.contains(" LOGINDISABLED"), caps);
            assertTrue(ScriptClient.tagged(c.command("l", "LOGIN alice secret")).startsWith("l OK "),
                    "only the list is wrong; login over TLS still works");
        }
    }

    @Test
    void idleNoExistsLeavesIdlersUninformed() throws Exception {
        try (RunningServer server = with(Fault.IDLE_NO_EXISTS);
             ScriptClient writer = TestServers.loggedIn(server, "alice");
             ScriptClient idler = TestServers.loggedIn(server, "alice")) {
            idler.command("s", "SELECT INBOX");
            idler.send("i IDLE");
            idler.readLine();
            writer.command("a", "APPEND INBOX {9+}\r\nSubject:z");
            assertEquals("* 1 RECENT", idler.readLine(), "RECENT comes, EXISTS does not");
            idler.send("DONE");
            assertEquals("i OK IDLE terminated", idler.readLine());
        }
    }

    @Test
    void existsNotSentHidesOtherSessionsAppends() throws Exception {
        try (RunningServer server = with(Fault.EXISTS_NOT_SENT);
             ScriptClient writer = TestServers.loggedIn(server, "alice");
             ScriptClient reader = TestServers.loggedIn(server, "alice")) {
            reader.command("s", "SELECT INBOX");
            writer.command("a", "APPEND INBOX {9+}\r\nSubject:z");
            List<String> noop = reader.command("n", "NOOP");
            assertTrue(noop.stream().noneMatch(l -> l.endsWith(" EXISTS")), noop.toString());
        }
    }

    @Test
    void flagUpdateNotBroadcastHidesOtherSessionsFlagChanges() throws Exception {
        try (RunningServer server = with(Fault.FLAG_UPDATE_NOT_BROADCAST);
             ScriptClient writer = TestServers.loggedIn(server, "alice");
             ScriptClient reader = TestServers.loggedIn(server, "alice")) {
            writer.command("a", "APPEND INBOX {9+}\r\nSubject:z");
            reader.command("s", "SELECT INBOX");
            writer.command("w", "SELECT INBOX");
            writer.command("f", "STORE 1 +FLAGS (\\Flagged)");
            List<String> noop = reader.command("n", "NOOP");
            assertEquals(List.of("n OK NOOP completed"), noop);
        }
    }
}
