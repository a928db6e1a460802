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
import org.imapharness.server.config.LiteralExtension;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.fault.FaultSet;

/**
 * The {@code embedded} target: the reference server, in this JVM, on ephemeral loopback ports,
 * reached over implicit TLS (RFC 8314) with its generated certificate (for 127.0.0.1) as the only
 * one trusted, host name checked.
 * One fault-free server per user template is started on first use and kept for the life of the
 * JVM, since starting one per scenario would dominate the run time; a shutdown hook stops it.
 * {@code embedded?fault=NAME[,NAME...]} starts a server of its own with those fault switches
 * (reference-server FAULTS.md), and {@code literal=minus} one offering LITERAL- (RFC 7888 §4)
 * instead of LITERAL+; the target stops such a server when closed.
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

    /**
     * {@code embedded}, or {@code embedded?fault=NAME[,NAME...]} and/or {@code literal=minus}: a
     * server of its own with those fault switches or LITERAL-, stopped when the target is closed.
     *
     * @throws TargetException for an unknown option or fault name (listing the valid names)
     */
    @Override
    public Target open(TargetOptions options) {
        EmbeddedOptions embedded = EmbeddedOptions.parse(options.uri());
        FaultSet faults = embedded.faults();
        UserTemplate users = options.users() == null ? DEFAULT_USERS : options.users();
        RunningServer owned = embedded.ownServer() ? start(users, faults, embedded.literals()) : null;
        RunningServer server = owned != null ? owned : server(users);
        ImapClientConfig config;
        try {
            config = ImapClientConfig.implicitTls(server.address().getHostAddress(), server.tlsPort())
                    .withTrust(Trust.certificate(certificate(server.certificatePem())));
        } catch (RuntimeException e) {
            if (owned != null) {
                owned.close();
            }
            throw e;
        }
        String label = (faults.isEmpty() ? "embedded" : "embedded with faults " + faults)
                + (embedded.literals() == LiteralExtension.PLUS ? "" : ", " + embedded.literals().capability());
        return new EmbeddedTarget(label + " (imaps://" + config.endpoint() + ")", config, users, owned);
    }

    private static synchronized RunningServer server(UserTemplate users) {
        return SERVERS.computeIfAbsent(users, u -> {
            RunningServer server = start(u, FaultSet.none(), LiteralExtension.PLUS);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-imap-stop"));
            return server;
        });
    }

    private static RunningServer start(UserTemplate users, FaultSet faults, LiteralExtension literals) {
        var builder = ServerConfig.builder().port(0).tlsPort(0).literals(literals);
        int count = users.distinct() ? USERS : 1;
        for (int n = 1; n <= count; n++) {
            builder.addUser(new InlineUser(users.user(n).user(), users.user(n).password()));
        }
        faults.asSet().forEach(builder::addFault);
        try {
            return ImapServer.start(builder.build());
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
