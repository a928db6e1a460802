package org.imapharness.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import org.imapharness.protocol.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Implicit TLS and STARTTLS: trust, host names, SNI, timeouts and plaintext injection. */
class TlsIT {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL =
            new GreenMailExtension(ServerSetupTest.IMAPS.createCopy("127.0.0.1").dynamicPort())
                    .withPerMethodLifecycle(false);

    private static Throwable failure(CompletableFuture<?> f) {
        return assertThrows(CompletionException.class, f::join).getCause();
    }

    private static ImapClientConfig greenMailImaps() {
        return ImapClientConfig.implicitTls("127.0.0.1", GREENMAIL.getImaps().getPort())
                .withCommandTimeout(Duration.ofSeconds(10));
    }

    @Test
    void greenMailImapsWorksWhenTrustIsSwitchedOff() {
        GREENMAIL.setUser("tls@example.com", "tls", "pw");
        try (BlockingImapClient client = BlockingImapClient.connect(greenMailImaps().withTrust(Trust.insecure()))) {
            assertTrue(client.connection().isTls());
            assertTrue(client.connection().tlsSession().getProtocol().startsWith("TLSv1."));
            client.login("tls", "pw");
            assertTrue(client.capability().isOk());
        }
    }

    @Test
    void greenMailsSelfSignedCertificateIsRefusedByDefault() {
        ImapTlsException e = assertInstanceOf(ImapTlsException.class, failure(ImapClient.connect(greenMailImaps())));
        assertTrue(e.getMessage().startsWith("TLS handshake with 127.0.0.1:" + GREENMAIL.getImaps().getPort()
                + " failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("not trusted"), e.getMessage());
    }

    @Test
    void pinnedCertificateWithMatchingAddressIsAccepted() throws Exception {
        TestCertificates certs = TestCertificates.forNames("localhost", "127.0.0.1");
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.startTls(certs.serverContext());
            peer.send("* OK tls ready\r\n");
            assertEquals("A0001 NOOP", peer.readLine());
            peer.send("A0001 OK\r\n");
        })) {
            ImapClientConfig config = server.config().withTlsMode(TlsMode.IMPLICIT)
                    .withTrust(Trust.certificate(certs.certificate()));
            ImapConnection c = ImapClient.connect(config).join();
            assertEquals("tls ready", c.greeting().text());
            assertTrue(c.send(new Command.Noop()).join().isOk());
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void certificateForAnotherNameIsRefusedUnlessVerificationIsOff() throws Exception {
        TestCertificates certs = TestCertificates.forNames("other.example");
        try (ScriptedServer server = ScriptedServer.start(peer -> peer.startTls(certs.serverContext()))) {
            ImapClientConfig config = server.config().withTlsMode(TlsMode.IMPLICIT)
                    .withTrust(Trust.certificate(certs.certificate()));
            ImapTlsException e = assertInstanceOf(ImapTlsException.class, failure(ImapClient.connect(config)));
            assertTrue(e.getMessage().contains("does not name 127.0.0.1"), e.getMessage());
        }
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.startTls(certs.serverContext());
            peer.send("* OK pinned\r\n");
            peer.readAvailable(1000);
        })) {
            Trust pinned = ((Trust.Certificates) Trust.certificate(certs.certificate())).withoutHostNameVerification();
            ImapConnection c = ImapClient.connect(server.config().withTlsMode(TlsMode.IMPLICIT).withTrust(pinned))
                    .join();
            assertEquals("pinned", c.greeting().text());
            c.close();
        }
    }

    @Test
    void sniNameIsSentAndVerified() throws Exception {
        TestCertificates certs = TestCertificates.forNames("imap.test");
        CompletableFuture<List<String>> sni = new CompletableFuture<>();
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.startTls(certs.serverContext());
            sni.complete(((ExtendedSSLSession) peer.tlsSession()).getRequestedServerNames().stream()
                    .map(n -> ((SNIHostName) n).getAsciiName()).toList());
            peer.send("* OK hello imap.test\r\n");
            peer.readAvailable(1000);
        })) {
            ImapClientConfig config = server.config().withTlsMode(TlsMode.IMPLICIT)
                    .withTrust(Trust.certificate(certs.certificate())).withSniHostName("imap.test");
            ImapConnection c = ImapClient.connect(config).join();
            assertEquals(List.of("imap.test"), sni.join());
            c.close();
        }
    }

    @Test
    void silentTlsServerTimesOutTheHandshake() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> peer.readAvailable(3000))) {
            ImapClientConfig config = server.config().withTlsMode(TlsMode.IMPLICIT).withTrust(Trust.insecure())
                    .withTlsHandshakeTimeout(Duration.ofMillis(300));
            ImapTimeoutException e = assertInstanceOf(ImapTimeoutException.class, failure(ImapClient.connect(config)));
            assertEquals(ImapTimeoutException.Phase.TLS_HANDSHAKE, e.phase());
        }
    }

    @Test
    void startTlsDiscardsPlaintextInjectedAfterTheOk() throws Exception {
        TestCertificates certs = TestCertificates.forNames("localhost", "127.0.0.1");
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n");
            assertEquals("A0001 STARTTLS", peer.readLine());
            // One write: the OK and an injected response arrive together, before any TLS byte.
            peer.send("A0001 OK begin TLS now\r\n* OK [CAPABILITY IMAP4rev1 INJECTED] evil\r\n");
            peer.startTls(certs.serverContext());
            assertEquals("A0002 CAPABILITY", peer.readLine());
            peer.send("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA0002 OK\r\n");
            assertEquals("A0003 NOOP", peer.readLine());
            peer.send("A0003 OK\r\n");
        })) {
            ImapClientConfig config = server.config().withTlsMode(TlsMode.STARTTLS)
                    .withTrust(Trust.certificate(certs.certificate()));
            ImapConnection c = ImapClient.connect(config).join();
            assertFalse(c.isTls());
            assertTrue(c.hasCapability("STARTTLS"));
            CommandResult r = c.startTls().join();
            assertTrue(r.isOk());
            assertTrue(c.isTls());
            assertEquals(Set.of("IMAP4REV1", "AUTH=PLAIN"), c.capabilities());
            assertEquals(1L, c.problemCounts().get(ProtocolProblem.Kind.DISCARDED_BEFORE_TLS));
            assertTrue(c.send(new Command.Noop()).join().isOk());
            server.awaitScript();
            c.close();
        }
    }

    /**
     * GreenMail's JDK server resumes TLS 1.3 sessions; a resumed session keeps the creation time of
     * the one it resumes, which is how the client side can tell a resumption from a full handshake.
     */
    @Test
    void sessionsAreResumedUnlessResumptionIsOff() throws Exception {
        ImapClientConfig resuming = greenMailImaps().withTrust(Trust.insecure());
        assertEquals(sessionCreationTime(resuming), sessionCreationTime(resuming), "second connection resumed");
        ImapClientConfig full = resuming.withTlsResumption(false);
        long first = sessionCreationTime(full);
        Thread.sleep(1100); // creation times count in seconds for some engines
        assertTrue(sessionCreationTime(full) != first, "a full handshake makes a new session");
    }

    private static long sessionCreationTime(ImapClientConfig config) {
        try (BlockingImapClient client = BlockingImapClient.connect(config)) {
            return client.connection().tlsSession().getCreationTime();
        }
    }
}
