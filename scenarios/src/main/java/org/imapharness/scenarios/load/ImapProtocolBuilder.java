package org.imapharness.scenarios.load;

import io.gatling.core.protocol.Protocol;
import io.gatling.javaapi.core.ProtocolBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.function.Function;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.client.Trust;

/**
 * Immutable builder of {@link ImapProtocol}: {@code Imap.imap().server("mail.example", 993)
 * .implicitTls().trustCertificatePem(pem).credentials("#{user}", "#{password}")}. Every method
 * returns a new builder. Defaults: 127.0.0.1:993, implicit TLS, the JVM's trust store,
 * credentials from the session attributes {@code user} and {@code password}, the driver's
 * timeouts, connections reused per virtual user, every TLS handshake a full one (no resumption).
 */
public final class ImapProtocolBuilder implements ProtocolBuilder {
    private final ImapProtocol p;

    ImapProtocolBuilder(ImapProtocol protocol) {
        this.p = protocol;
    }

    static ImapProtocolBuilder defaults() {
        return new ImapProtocolBuilder(new ImapProtocol("127.0.0.1", 993, TlsMode.IMPLICIT, Trust.system(), null,
                ImapClientConfig.DEFAULT_CONNECT_TIMEOUT, ImapClientConfig.DEFAULT_COMMAND_TIMEOUT,
                SessionValue.el("#{user}"), SessionValue.el("#{password}"), true, false));
    }

    @Override
    public Protocol protocol() {
        return p;
    }

    public ImapProtocol build() {
        return p;
    }

    public ImapProtocolBuilder server(String host, int port) {
        return new ImapProtocolBuilder(new ImapProtocol(host, port, p.tlsMode(), p.trust(), p.sniHostName(),
                p.connectTimeout(), p.commandTimeout(), p.user(), p.password(),
                p.reuseConnections(), p.tlsResumption()));
    }

    /** Plaintext (port 143 style); use {@link #startTls()} to upgrade with an explicit action. */
    public ImapProtocolBuilder plain() {
        return tlsMode(TlsMode.NONE);
    }

    /** Plaintext greeting; the scenario upgrades with {@code imap(..).startTls()} (RFC 3501 §6.2.1). */
    public ImapProtocolBuilder startTls() {
        return tlsMode(TlsMode.STARTTLS);
    }

    /** TLS from the first byte (RFC 8314, port 993). */
    public ImapProtocolBuilder implicitTls() {
        return tlsMode(TlsMode.IMPLICIT);
    }

    public ImapProtocolBuilder tlsMode(TlsMode mode) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), mode, p.trust(), p.sniHostName(),
                p.connectTimeout(), p.commandTimeout(), p.user(), p.password(),
                p.reuseConnections(), p.tlsResumption()));
    }

    public ImapProtocolBuilder trust(Trust trust) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), p.tlsMode(), trust, p.sniHostName(),
                p.connectTimeout(), p.commandTimeout(), p.user(), p.password(),
                p.reuseConnections(), p.tlsResumption()));
    }

    /** Trusts only certificates chaining to these PEM certificates (text), checking the host name. */
    public ImapProtocolBuilder trustCertificatePem(String pem) {
        return trust(Trust.certificate(parsePem(pem)));
    }

    /** Trusts only certificates chaining to the PEM file's certificates, checking the host name. */
    public ImapProtocolBuilder trustCertificate(Path pemFile) {
        return trust(Trust.certificate(pemFile));
    }

    /** Accepts any certificate: only for throwaway test servers. */
    public ImapProtocolBuilder insecureTrust() {
        return trust(Trust.insecure());
    }

    public ImapProtocolBuilder sniHostName(String name) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), p.tlsMode(), p.trust(), name,
                p.connectTimeout(), p.commandTimeout(), p.user(), p.password(),
                p.reuseConnections(), p.tlsResumption()));
    }

    public ImapProtocolBuilder connectTimeout(Duration timeout) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), p.tlsMode(), p.trust(), p.sniHostName(),
                timeout, p.commandTimeout(), p.user(), p.password(), p.reuseConnections(), p.tlsResumption()));
    }

    /** The wait for each command's completion (and the greeting); beyond it the request is KO. */
    public ImapProtocolBuilder commandTimeout(Duration timeout) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), p.tlsMode(), p.trust(), p.sniHostName(),
                p.connectTimeout(), timeout, p.user(), p.password(), p.reuseConnections(), p.tlsResumption()));
    }

    /** Default credentials for {@code login()} / {@code authenticatePlain()}, as Gatling EL (e.g. from a feeder). */
    public ImapProtocolBuilder credentials(String userEl, String passwordEl) {
        return withCredentials(SessionValue.el(userEl), SessionValue.el(passwordEl));
    }

    public ImapProtocolBuilder credentials(Function<io.gatling.javaapi.core.Session, String> user,
                                           Function<io.gatling.javaapi.core.Session, String> password) {
        return withCredentials(SessionValue.of(user), SessionValue.of(password));
    }

    private ImapProtocolBuilder withCredentials(SessionValue<String> user, SessionValue<String> password) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), p.tlsMode(), p.trust(), p.sniHostName(),
                p.connectTimeout(), p.commandTimeout(), user, password, p.reuseConnections(), p.tlsResumption()));
    }

    /** See {@link ImapProtocol#reuseConnections()}. */
    public ImapProtocolBuilder reuseConnections(boolean reuse) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), p.tlsMode(), p.trust(), p.sniHostName(),
                p.connectTimeout(), p.commandTimeout(), p.user(), p.password(), reuse, p.tlsResumption()));
    }

    /** See {@link ImapProtocol#tlsResumption()}; off by default. */
    public ImapProtocolBuilder tlsResumption(boolean resume) {
        return new ImapProtocolBuilder(new ImapProtocol(p.host(), p.port(), p.tlsMode(), p.trust(), p.sniHostName(),
                p.connectTimeout(), p.commandTimeout(), p.user(), p.password(), p.reuseConnections(), resume));
    }

    private static X509Certificate[] parsePem(String pem) {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                    .stream().map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a PEM X.509 certificate: " + e.getMessage(), e);
        }
    }
}
