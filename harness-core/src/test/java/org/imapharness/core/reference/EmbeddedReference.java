package org.imapharness.core.reference;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.Trust;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.config.ServerConfigBuilder;

/**
 * The reference server embedded in the test JVM, started once for all driver tests (startup costs
 * seconds on a busy machine) and stopped at JVM exit. Tests keep out of each other's way by using
 * their own user ({@link #USERS}) or mailbox names.
 */
final class EmbeddedReference {
    static final String PASSWORD = "driver-secret";
    /** One user per test class that needs a mailbox state of its own (INBOX, IDLE, ...). */
    static final String[] USERS = {"session", "mailboxes", "selected", "fetch", "idle", "other"};

    private static RunningServer server;

    private EmbeddedReference() {
    }

    static synchronized RunningServer get() {
        if (server == null) {
            ServerConfigBuilder builder = ServerConfig.builder().port(0).tlsPort(0);
            for (String user : USERS) {
                builder.addUser(new InlineUser(user, PASSWORD));
            }
            RunningServer started = ImapServer.start(builder.build());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "reference-server-stop"));
            server = started;
        }
        return server;
    }

    /** Implicit TLS on the TLS port, trusting only the server's generated CA, host name checked. */
    static ImapClientConfig implicitTls() {
        return ImapClientConfig.implicitTls("localhost", get().tlsPort()).withTrust(trust());
    }

    /** The plain port, ready for STARTTLS with the same trust. */
    static ImapClientConfig startTls() {
        return ImapClientConfig.startTls("localhost", get().plainPort()).withTrust(trust());
    }

    static Trust trust() {
        try {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(get().certificatePem().getBytes(StandardCharsets.US_ASCII)));
            return Trust.certificate(ca);
        } catch (CertificateException e) {
            throw new IllegalStateException("the server's CA is not a certificate: " + e.getMessage(), e);
        }
    }
}
