package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LOGIN, AUTHENTICATE PLAIN and STARTTLS (RFC 3501 §6.2) over real sockets. */
class AuthenticationIT {
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass();

    @Test
    void loginBeforeStartTlsIsRefusedThenWorksOverStartTls() throws Exception {
        try (ScriptClient client = ScriptClient.plain(SERVER.plainPort())) {
            assertTrue(client.readLine().contains(" LOGINDISABLED"));
            String refused = ScriptClient.tagged(client.command("a", "LOGIN alice secret"));
            assertTrue(refused.startsWith("a NO [PRIVACYREQUIRED] "), refused);
            String noPlain = ScriptClient.tagged(client.command("b", "AUTHENTICATE PLAIN " + plain("alice", "secret")));
            assertTrue(noPlain.startsWith("b NO [PRIVACYREQUIRED] "), noPlain);

            assertEquals("c OK Begin TLS negotiation now", ScriptClient.tagged(client.command("c", "STARTTLS")));
            client.startTls(SERVER.certificatePem());
            List<String> caps = client.command("d", "CAPABILITY");
            assertFalse(caps.get(0).contains("STARTTLS"), "§6.2.1: the list changes after TLS: " + caps.get(0));
            assertFalse(caps.get(0).contains("LOGINDISABLED"), caps.get(0));
            assertTrue(caps.get(0).contains(" AUTH=PLAIN"), caps.get(0));
            String ok = ScriptClient.tagged(client.command("e", "LOGIN alice secret"));
            assertTrue(ok.startsWith("e OK [CAPABILITY IMAP4rev1 "), "capabilities re-issued at login: " + ok);
            assertTrue(ScriptClient.tagged(client.command("f", "STARTTLS")).startsWith("f BAD "));
        }
    }

    @Test
    void plaintextPipelinedAfterStartTlsIsDiscarded() throws Exception {
        try (ScriptClient client = ScriptClient.plain(SERVER.plainPort())) {
            client.readLine();
            // An attacker appends a command to the client's STARTTLS in the same packet (CVE-2011-0411).
            client.sendRaw("s STARTTLS\r\nx CAPABILITY\r\ny LOGIN alice secret\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("s OK Begin TLS negotiation now", client.readLine());
            client.startTls(SERVER.certificatePem());
            List<String> lines = client.command("n", "NOOP");
            assertEquals(List.of("n OK NOOP completed"), lines, "nothing answers the injected commands");
            assertTrue(ScriptClient.tagged(client.command("m", "SELECT INBOX")).startsWith("m BAD "),
                    "the injected LOGIN did not log in");
        }
    }

    @Test
    void loginOverImplicitTlsSucceedsAndWrongPasswordsFail() throws Exception {
        try (ScriptClient client = ScriptClient.tls(SERVER.tlsPort(), SERVER.certificatePem())) {
            client.readLine();
            assertEquals("a NO [AUTHENTICATIONFAILED] Invalid credentials",
                    ScriptClient.tagged(client.command("a", "LOGIN alice wrong")));
            assertEquals("b NO [AUTHENTICATIONFAILED] Invalid credentials",
                    ScriptClient.tagged(client.command("b", "LOGIN nobody wrong")), "same answer for unknown users");
            assertTrue(ScriptClient.tagged(client.command("c", "LOGIN \"alice\" {6+}\r\nsecret")).startsWith("c OK "));
            assertTrue(ScriptClient.tagged(client.command("d", "LOGIN alice secret")).startsWith("d BAD "),
                    "LOGIN is not valid once authenticated");
        }
    }

    @Test
    void authenticatePlainWithInitialResponse() throws Exception {
        try (ScriptClient client = ScriptClient.tls(SERVER.tlsPort(), SERVER.certificatePem())) {
            client.readLine();
            String ok = ScriptClient.tagged(client.command("a", "AUTHENTICATE PLAIN " + plain("bob", "secret")));
            assertTrue(ok.startsWith("a OK [CAPABILITY IMAP4rev1 "), ok);
            assertTrue(ScriptClient.tagged(client.command("b", "SELECT INBOX")).startsWith("b OK [READ-WRITE]"));
        }
    }

    @Test
    void authenticatePlainWithContinuationCancelAndBadBase64() throws Exception {
        try (ScriptClient client = ScriptClient.tls(SERVER.tlsPort(), SERVER.certificatePem())) {
            client.readLine();
            client.send("a AUTHENTICATE PLAIN");
            assertEquals("+ ", client.readLine());
            client.send("*");
            assertTrue(client.readLine().startsWith("a BAD "), "a lone * cancels (§6.2.2)");

            client.send("b AUTHENTICATE PLAIN");
            assertEquals("+ ", client.readLine());
            client.send("!!not base64!!");
            assertTrue(client.readLine().startsWith("b BAD "));

            client.send("c AUTHENTICATE PLAIN");
            assertEquals("+ ", client.readLine());
            client.send(plain("bob", "wrong"));
            assertEquals("c NO [AUTHENTICATIONFAILED] Invalid credentials", client.readLine());

            client.send("d AUTHENTICATE PLAIN");
            assertEquals("+ ", client.readLine());
            client.send(plain("bob", "secret"));
            assertTrue(client.readLine().startsWith("d OK [CAPABILITY "));
        }
    }

    @Test
    void unsupportedMechanismAndWrongStateAreRefused() throws Exception {
        try (ScriptClient client = ScriptClient.tls(SERVER.tlsPort(), SERVER.certificatePem())) {
            client.readLine();
            assertTrue(ScriptClient.tagged(client.command("a", "AUTHENTICATE CRAM-MD5")).startsWith("a NO "));
            assertTrue(ScriptClient.tagged(client.command("b", "SELECT INBOX")).startsWith("b BAD "));
            assertTrue(ScriptClient.tagged(client.command("c", "FETCH 1 FLAGS")).startsWith("c BAD "));
            assertTrue(ScriptClient.tagged(client.command("d", "FROBNICATE")).startsWith("d BAD "));
            client.send("+bogus NOOP");
            String untagged = client.readLine();
            assertTrue(untagged.startsWith("* BAD ") && untagged.contains("tag"), "no tag to answer: " + untagged);
            assertEquals("f OK NOOP completed", ScriptClient.tagged(client.command("f", "NOOP")));
        }
    }

    static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }
}
