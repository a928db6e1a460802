package org.imapharness.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.server.RunningServer;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Greetings and capabilities on both ports, and the per-address connection limit. */
class ListenersIT {
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(b -> b.set("max-connections-per-address", "3"));

    @Test
    void plainPortGreetsWithStartTlsAndLoginDisabled() throws Exception {
        try (ScriptClient client = ScriptClient.plain(SERVER.plainPort())) {
            String greeting = client.readLine();
            assertTrue(greeting.startsWith("* OK [CAPABILITY IMAP4rev1 "), greeting);
            List<String> caps = capabilities(greeting);
            assertTrue(caps.contains("STARTTLS"), greeting);
            assertTrue(caps.contains("LOGINDISABLED"), greeting);
            assertFalse(caps.contains("AUTH=PLAIN"), "no plaintext auth offered before TLS: " + greeting);
            List<String> lines = client.command("a", "CAPABILITY");
            assertEquals("a OK CAPABILITY completed", ScriptClient.tagged(lines));
            assertEquals(caps, capabilities(lines.get(0)));
        }
    }

    @Test
    void tlsPortGreetsWithAuthPlainAndNoStartTls() throws Exception {
        try (ScriptClient client = ScriptClient.tls(SERVER.tlsPort(), SERVER.certificatePem())) {
            List<String> caps = capabilities(client.readLine());
            assertFalse(caps.contains("STARTTLS"));
            assertFalse(caps.contains("LOGINDISABLED"));
            assertFalse(caps.contains("LITERAL-"), "LITERAL+ by default, and never both (literal-mode)");
            for (String expected : List.of("IMAP4rev1", "AUTH=PLAIN", "SASL-IR", "LITERAL+", "IDLE", "UIDPLUS", "MOVE",
                    "ENABLE", "NAMESPACE", "UNSELECT", "ID", "SPECIAL-USE", "CONDSTORE", "QRESYNC", "ESEARCH")) {
                assertTrue(caps.contains(expected), expected + " missing from " + caps);
            }
            assertTrue(ScriptClient.tagged(client.command("s", "STARTTLS")).startsWith("s BAD "),
                    "STARTTLS on the implicit TLS port is refused");
        }
    }

    @Test
    void connectionsBeyondThePerAddressLimitAreGreetedWithBye() throws Exception {
        ScriptClient[] open = new ScriptClient[3];
        try {
            for (int i = 0; i < open.length; i++) {
                open[i] = ScriptClient.plain(SERVER.plainPort());
                assertTrue(open[i].readLine().startsWith("* OK "));
            }
            try (ScriptClient extra = ScriptClient.plain(SERVER.plainPort())) {
                assertEquals("* BYE [LIMIT] Too many connections from your address (limit 3)", extra.readLine());
                assertTrue(extra.closedByServer());
            }
            try (ScriptClient extraTls = ScriptClient.tls(SERVER.tlsPort(), SERVER.certificatePem())) {
                assertTrue(extraTls.readLine().startsWith("* BYE [LIMIT] "), "the BYE is readable over TLS too");
            }
        } finally {
            for (ScriptClient c : open) {
                if (c != null) {
                    c.close();
                }
            }
        }
        // The slots come back once the connections close.
        long deadline = System.nanoTime() + 5_000_000_000L;
        String greeting;
        do {
            try (ScriptClient again = ScriptClient.plain(SERVER.plainPort())) {
                greeting = again.readLine();
            }
        } while (!greeting.startsWith("* OK ") && System.nanoTime() < deadline);
        assertTrue(greeting.startsWith("* OK "), greeting);
        // The server is shared by this class's tests: let every slot come back before the next one
        // connects, or it may be greeted with this test's BYE.
        while (SERVER.get().openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void stoppingTheServerSaysByeToEveryClient() throws Exception {
        RunningServer own = TestServers.start();
        try (ScriptClient plain = ScriptClient.plain(own.plainPort());
             ScriptClient tls = TestServers.loggedIn(own, "alice")) {
            plain.readLine();
            own.close();
            assertEquals("* BYE Server shutting down", plain.readLine());
            assertEquals("* BYE Server shutting down", tls.readLine());
            assertTrue(plain.closedByServer() && tls.closedByServer());
        } finally {
            own.close();
        }
    }

    @Test
    void preauthGreetingStartsAuthenticated() throws Exception {
        try (RunningServer own = org.imapharness.server.ImapServer.start(
                org.imapharness.server.config.ServerConfig.builder().port(0).tlsPort(-1).set("preauth", "carol").build());
             ScriptClient client = ScriptClient.plain(own.plainPort())) {
            String greeting = client.readLine();
            assertTrue(greeting.startsWith("* PREAUTH [CAPABILITY IMAP4rev1 ") && greeting.endsWith("Logged in as carol"),
                    greeting);
            assertTrue(ScriptClient.tagged(client.command("s", "SELECT INBOX")).startsWith("s OK [READ-WRITE]"));
            assertEquals(-1, own.tlsPort());
        }
    }

    static List<String> capabilities(String line) {
        int open = line.indexOf("CAPABILITY ");
        int end = line.indexOf(']');
        String list = end > open ? line.substring(open + 11, end) : line.substring(open + 11);
        return List.of(list.split(" "));
    }
}
