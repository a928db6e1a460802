package org.imapharness.scenarios.target;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.Trust;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetException;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.TargetProvider;
import org.imapharness.core.target.UserTemplate;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;

/**
 * The {@code embedded} target: the reference server, in this JVM, on ephemeral loopback ports,
 * reached over implicit TLS (RFC 8314) with its generated certificate (for 127.0.0.1) as the only
 * one trusted, host name checked.
 * One server per user template is started on first use and kept for the life of the JVM, since
 * starting one per scenario would dominate the run time; a shutdown hook stops it.
 */
public final class EmbeddedTargetProvider implements TargetProvider {
    /** Users made when the options name no template: {@code user1}..{@code user4}, password {@code secret}. */
    public static final UserTemplate DEFAULT_USERS = new UserTemplate("user%d", "secret");
    /** How many users of the template the server knows; multi-user scenarios need at most this many. */
    public static final int USERS = 4;

    private static final Map<UserTemplate, RunningServer> SERVERS = new HashMap<>();

    @Override
    public String scheme() {
        return "embedded";
    }

    @Override
    public Target open(TargetOptions options) {
        if (!options.uri().strip().equalsIgnoreCase("embedded")) {
            throw new TargetException("target \"" + options.uri() + "\": the embedded target takes no options; write embedded");
        }
        UserTemplate users = options.users() == null ? DEFAULT_USERS : options.users();
        RunningServer server = server(users);
        ImapClientConfig config = ImapClientConfig.implicitTls(server.address().getHostAddress(), server.tlsPort())
                .withTrust(Trust.certificate(certificate(server.certificatePem())));
        return new EmbeddedTarget("embedded (imaps://" + config.endpoint() + ")", config, users);
    }

    private static synchronized RunningServer server(UserTemplate users) {
        return SERVERS.computeIfAbsent(users, EmbeddedTargetProvider::start);
    }

    private static RunningServer start(UserTemplate users) {
        var builder = ServerConfig.builder().port(0).tlsPort(0);
        int count = users.distinct() ? USERS : 1;
        for (int n = 1; n <= count; n++) {
            builder.addUser(new InlineUser(users.user(n).user(), users.user(n).password()));
        }
        try {
            RunningServer server = ImapServer.start(builder.build());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-imap-stop"));
            return server;
        } catch (RuntimeException e) {
            throw new TargetException("cannot start the embedded reference server: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new TargetException("the embedded server's certificate does not parse: " + e.getMessage(), e);
        }
    }
}
