package org.imapharness.scenarios.load;

import io.gatling.core.CoreComponents;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.protocol.Protocol;
import io.gatling.core.protocol.ProtocolKey;
import java.time.Duration;
import java.util.Objects;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.client.Trust;
import org.imapharness.scenarios.load.runner.EventLoopLagProbe;
import scala.Function1;

/**
 * What every IMAP action of a simulation shares: where the server is, how TLS is used and
 * trusted, the default credentials (resolved per virtual user, so a feeder can supply them), the
 * timeouts, and whether a virtual user keeps its connection across {@code connect} actions.
 * Built with {@link ImapProtocolBuilder}.
 *
 * @param reuseConnections when true a {@code connect} while the user's connection is still open
 *                         does nothing; when false it closes that connection and opens a fresh
 *                         one (TCP and TLS handshakes, as a login storm wants)
 * @param tlsResumption    when true connections offer the TLS sessions of earlier ones for
 *                         resumption (one cache for all virtual users); when false (the default)
 *                         every TLS handshake is a full one, the cost a server must be sized for
 */
public record ImapProtocol(String host, int port, TlsMode tlsMode, Trust trust, String sniHostName,
                           Duration connectTimeout, Duration commandTimeout, SessionValue<String> user,
                           SessionValue<String> password, boolean reuseConnections,
                           boolean tlsResumption) implements Protocol {

    public ImapProtocol {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tlsMode, "tlsMode");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        // The driver's config validates ports and timeouts; fail at build time, not per user.
        clientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout, tlsResumption);
    }

    /** The driver configuration, before it is bound to a virtual user's event loop. */
    public ImapClientConfig clientConfig() {
        return clientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout, tlsResumption);
    }

    private static ImapClientConfig clientConfig(String host, int port, TlsMode tlsMode, Trust trust,
            String sniHostName, Duration connectTimeout, Duration commandTimeout, boolean tlsResumption) {
        return ImapClientConfig.plain(host, port)
                .withTlsMode(tlsMode)
                .withTrust(trust)
                .withSniHostName(sniHostName)
                .withConnectTimeout(connectTimeout)
                .withCommandTimeout(commandTimeout)
                .withTlsResumption(tlsResumption)
                // A load test must not keep a transcript of every byte of every connection.
                .withTranscriptLimitBytes(0);
    }

    /** How Gatling finds our components; one instance per JVM is enough. */
    public static final ProtocolKey<ImapProtocol, ImapComponents> KEY = new ProtocolKey<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<Protocol> protocolClass() {
            return (Class) ImapProtocol.class;
        }

        @Override
        public ImapProtocol defaultProtocolValue(GatlingConfiguration configuration) {
            throw new IllegalStateException("an IMAP scenario needs setUp(..).protocols(Imap.imap().server(host, port))");
        }

        @Override
        public Function1<ImapProtocol, ImapComponents> newComponents(CoreComponents core) {
            EventLoopLagProbe.watch(core.eventLoopGroup());
            return protocol -> new ImapComponents(protocol, core);
        }
    };
}
