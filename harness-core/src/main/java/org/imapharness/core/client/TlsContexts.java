package org.imapharness.core.client;

import io.netty.channel.Channel;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.OpenSslSessionContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;

/**
 * Client TLS setup: BoringSSL through netty-tcnative when it loads (several times faster here,
 * DESIGN.md §12), else the JDK; TLS 1.2 and 1.3 only. Host-name verification is done by the trust
 * manager during the handshake (endpoint identification "HTTPS"), against the SNI name if one is
 * configured, else the host dialled. Public so that other connection kinds of the harness (the
 * scenario interpreter's raw wire) set up TLS exactly as the driver does.
 */
public final class TlsContexts {

    /** What a context is built for: whom it trusts, and whether it resumes sessions. */
    private record Kind(Trust trust, boolean resumption) {
    }

    /** Building a context parses trust stores and costs milliseconds: one per kind. */
    private static final Map<Kind, SslContext> CONTEXTS = new ConcurrentHashMap<>();

    private TlsContexts() {
    }

    /** The client context for this trust and resumption choice, built once; fails with {@link ImapTlsException}. */
    static SslContext context(Trust trust, boolean resumption) {
        return CONTEXTS.computeIfAbsent(new Kind(trust, resumption), TlsContexts::build);
    }

    /** A handler for a new client connection; fails with {@link ImapTlsException} if the context cannot be built. */
    public static SslHandler newHandler(Channel channel, ImapClientConfig config) {
        SslContext context = context(config.trust(), config.tlsResumption());
        String peer = config.sniHostName() != null ? config.sniHostName() : config.host();
        // The peer name drives both SNI (skipped by the engines for IP literals) and verification.
        SslHandler handler = context.newHandler(channel.alloc(), peer, config.port());
        handler.setHandshakeTimeoutMillis(config.tlsHandshakeTimeout().toMillis());
        return handler;
    }

    /**
     * A clear error for a failed handshake: timeout, untrusted certificate, wrong name, or other.
     * {@code when} is empty or starts with a space, e.g. " after STARTTLS".
     */
    static ImapClientException handshakeFailure(ImapClientConfig config, Throwable cause, String when) {
        if (cause instanceof SslHandshakeTimeoutException) {
            return new ImapTimeoutException(ImapTimeoutException.Phase.TLS_HANDSHAKE, null, null,
                    config.tlsHandshakeTimeout(), "TLS handshake" + when + " with " + config.endpoint() + " not finished");
        }
        Throwable root = cause;
        boolean certificate = false;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Path building, path validation and name checks all fail with GeneralSecurityExceptions.
            certificate |= t instanceof GeneralSecurityException;
            root = t;
        }
        String detail = String.valueOf(root.getMessage());
        String hint = "";
        if (certificate) {
            hint = " (the server certificate is not trusted or does not name "
                    + (config.sniHostName() != null ? config.sniHostName() : config.host())
                    + "; trust it with Trust.certificate(...), or use Trust.insecure() for a throwaway test server)";
        }
        return new ImapTlsException("TLS handshake" + when + " with " + config.endpoint() + " failed: " + detail + hint,
                cause);
    }

    private static SslContext build(Kind kind) {
        Trust trust = kind.trust();
        SslContextBuilder builder = SslContextBuilder.forClient()
                .sslProvider(OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK)
                .protocols("TLSv1.3", "TLSv1.2")
                .endpointIdentificationAlgorithm(trust.verifiesHostName() ? "HTTPS" : null);
        if (trust instanceof Trust.Certificates c) {
            builder.trustManager(c.certificates());
        } else if (trust instanceof Trust.Insecure) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
        }
        // Trust.SystemDefault: no trust manager set means the JDK's default trust store.
        try {
            SslContext context = builder.build();
            if (!kind.resumption()) {
                // No client session cache: nothing is offered for resumption (no session ID, no
                // PSK from a ticket), so every handshake is a full one. The JDK provider (used only
                // when netty-tcnative cannot load) has no such switch and keeps resuming.
                if (context.sessionContext() instanceof OpenSslSessionContext openSsl) {
                    openSsl.setSessionCacheEnabled(false);
                }
            }
            return context;
        } catch (SSLException e) {
            throw new ImapTlsException("cannot create the TLS client context: " + e.getMessage(), e);
        }
    }
}
