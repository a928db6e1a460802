package org.imapharness.scenarios.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.client.Trust;
import org.imapharness.core.engine.EngineParameters;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetException;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.core.target.UserTemplate;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Turns the configuration into the endpoints the checks may use. Remote targets come through
 * {@link Targets} like every other suite's. {@code embedded} (optionally
 * {@code embedded?fault=NAME[,NAME]}) starts a reference server of its own for the run, with
 * both its STARTTLS and its implicit-TLS port, since half the transport checks need the former
 * and the shared embedded target exposes only the latter.
 */
final class SecurityTargets {
    private static final UserTemplate EMBEDDED_USERS = new UserTemplate("user%d", "secret");

    private SecurityTargets() {
    }

    static SecurityProbe open(ConfigurationParameters parameters, SecuritySettings settings) {
        Function<String, Optional<String>> p = EngineParameters.lookup(parameters);
        String uri = p.apply("imap.target").orElse("embedded").strip();
        UserTemplate users = EngineParameters.users(p);
        Trust trust = EngineParameters.trust(p);
        Budget budget = new Budget(settings.maxConnections(), settings.maxBytes());
        if (uri.toLowerCase(Locale.ROOT).startsWith("embedded")) {
            return embedded(uri, users == null ? EMBEDDED_USERS : users, settings, budget);
        }
        Endpoint first = endpoint(uri, users, trust);
        Endpoint second = settings.secondTarget().map(s -> endpoint(s, users, trust)).orElse(null);
        if (second != null && second.implicitTls() == first.implicitTls()) {
            throw new TargetException("imap.security.second-target " + second.describe() + " is the same kind as "
                    + first.describe() + "; give the other port (imap:// for STARTTLS, imaps:// for implicit TLS)");
        }
        Endpoint startTls = !first.implicitTls() ? first : second;
        Endpoint implicit = first.implicitTls() ? first : second;
        return new SecurityProbe(uri, startTls, implicit, users.user(1), settings, budget, () -> { });
    }

    private static Endpoint endpoint(String uri, UserTemplate users, Trust trust) {
        try (Target target = Targets.open(new TargetOptions(uri, users, trust))) {
            ImapClientConfig c = target.clientConfig();
            return new Endpoint(c.host(), c.port(), c.tlsMode() == TlsMode.IMPLICIT, c.trust());
        }
    }

    private static SecurityProbe embedded(String uri, UserTemplate users, SecuritySettings settings, Budget budget) {
        var builder = ServerConfig.builder().port(0).tlsPort(0);
        String rest = uri.substring("embedded".length());
        if (rest.toLowerCase(Locale.ROOT).startsWith("?fault=")) {
            for (String fault : rest.substring("?fault=".length()).split(",")) {
                builder.set("fault", fault.strip());
            }
        } else if (!rest.isEmpty()) {
            throw new TargetException("target \"" + uri + "\": write embedded or embedded?fault=NAME[,NAME]");
        }
        for (int n = 1; n <= (users.distinct() ? 4 : 1); n++) {
            builder.addUser(new InlineUser(users.user(n).user(), users.user(n).password()));
        }
        RunningServer server = ImapServer.start(builder.build());
        Trust trust = Trust.certificate(certificate(server.certificatePem()));
        String host = server.address().getHostAddress();
        return new SecurityProbe(uri + " (reference server, imap://" + host + ":" + server.plainPort() + " and imaps://"
                + host + ":" + server.tlsPort() + ")",
                new Endpoint(host, server.plainPort(), false, trust), new Endpoint(host, server.tlsPort(), true, trust),
                users.user(1), settings, budget, server::close);
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
