package org.imapharness.server.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.OpenSslContextOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;

/**
 * The server side of TLS: one Netty {@link SslContext} shared by every connection, for implicit TLS
 * (port 993) and STARTTLS alike, with the certificate clients should trust exportable as PEM.
 * Built from PEM files ({@link #fromPem}) or from a certificate generated at start
 * ({@link #generated}); restricted to {@link TlsPolicy}.
 */
public final class ServerTls {

    /** A TLS handshake that has not finished in this time closes the connection. */
    public static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Netty hands the key to the TLS engine through an in-memory key store. The default, PKCS#12,
     * wraps the key with 10,000 rounds of PBKDF2 and unwraps it again: a few hundred milliseconds of
     * a cold start, for a store that never leaves memory and whose password is empty. JKS's key
     * protection is a single cheap pass; nothing here depends on its strength.
     */
    private static final String HANDOVER_KEY_STORE = "JKS";

    private final SslContext context;
    private final SslProvider provider;
    private final List<X509Certificate> chain;
    private final X509Certificate trustAnchor;

    private ServerTls(SslContext context, SslProvider provider, List<X509Certificate> chain,
            X509Certificate trustAnchor) {
        this.context = context;
        this.provider = provider;
        this.chain = chain;
        this.trustAnchor = trustAnchor;
    }

    /** From {@code --cert}/{@code --key} when both are given, else a generated certificate. */
    public static ServerTls create(Path certFile, Path keyFile, TlsOptions options) {
        return create(certFile, keyFile, options, FaultSet.none());
    }

    /** As {@link #create(Path, Path, TlsOptions)}, with the TLS faults ({@link TlsPolicy#protocols}) applied. */
    public static ServerTls create(Path certFile, Path keyFile, TlsOptions options, FaultSet faults) {
        if ((certFile == null) != (keyFile == null)) {
            throw new TlsSetupException("a certificate needs its key and a key its certificate: give both or neither");
        }
        if (certFile != null) {
            List<X509Certificate> chain = PemFiles.readCertificates(certFile);
            PrivateKey key = PemFiles.readPrivateKey(keyFile);
            requireMatch(key, chain.get(0), certFile, keyFile);
            return build(key, chain, chain.get(chain.size() - 1), options, faults);
        }
        GeneratedCertificate generated = GeneratedCertificate.create(Clock.systemUTC(),
                faults.has(Fault.TLS_WEAK_CIPHERS));
        return build(generated.privateKey(), generated.chain(), generated.authority(), options, faults);
    }

    /** Serves a {@link GeneratedCertificate}; clients trust its throwaway CA. */
    public static ServerTls generated(TlsOptions options, Clock clock) {
        GeneratedCertificate generated = GeneratedCertificate.create(clock);
        return build(generated.privateKey(), generated.chain(), generated.authority(), options, FaultSet.none());
    }

    /**
     * Serves the chain in {@code certFile} (server certificate first) with the key in
     * {@code keyFile}; the last certificate of the chain is what {@link #trustAnchorPem()} exports.
     */
    public static ServerTls fromPem(Path certFile, Path keyFile, TlsOptions options) {
        List<X509Certificate> chain = PemFiles.readCertificates(certFile);
        PrivateKey key = PemFiles.readPrivateKey(keyFile);
        requireMatch(key, chain.get(0), certFile, keyFile);
        return build(key, chain, chain.get(chain.size() - 1), options, FaultSet.none());
    }

    private static ServerTls build(PrivateKey key, List<X509Certificate> chain, X509Certificate anchor,
            TlsOptions options, FaultSet faults) {
        SslProvider provider = choose(options.engine());
        SslContextBuilder builder = SslContextBuilder.forServer(key, chain)
                .keyStoreType(HANDOVER_KEY_STORE)
                .sslProvider(provider)
                .protocols(TlsPolicy.protocols(faults))
                .ciphers(TlsPolicy.cipherSuites(faults), SupportedCipherSuiteFilter.INSTANCE);
        if (!options.groups().isEmpty()) {
            if (provider != SslProvider.OPENSSL) {
                throw new TlsSetupException("choosing TLS groups (" + String.join(",", options.groups())
                        + ") needs the OpenSSL engine; the JDK engine takes only the JVM-wide "
                        + "-Djdk.tls.namedGroups property");
            }
            builder.option(OpenSslContextOption.GROUPS, options.groups().toArray(String[]::new));
        }
        try {
            return new ServerTls(builder.build(), provider, List.copyOf(chain), anchor);
        } catch (SSLException | RuntimeException e) {
            throw new TlsSetupException("TLS context cannot be built (" + provider + "): " + e.getMessage(), e);
        }
    }

    private static SslProvider choose(TlsEngine engine) {
        switch (engine) {
            case JDK:
                return SslProvider.JDK;
            case OPENSSL:
                if (!OpenSsl.isAvailable()) {
                    throw new TlsSetupException("the OpenSSL engine (netty-tcnative) is not available here: "
                            + OpenSsl.unavailabilityCause());
                }
                return SslProvider.OPENSSL;
            default:
                return OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
        }
    }

    /** Signs a probe with the key and checks it with the certificate, so a mismatch fails at start, by name. */
    private static void requireMatch(PrivateKey key, X509Certificate certificate, Path certFile, Path keyFile) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) {
            return; // an unusual key type: leave the check to the TLS engine
        }
        try {
            byte[] probe = "imap-harness key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            // a key of one type and a certificate of another also lands here
        }
        throw new TlsSetupException("key file " + keyFile + " does not belong to the first certificate in "
                + certFile + " (" + certificate.getSubjectX500Principal() + ")");
    }

    public SslContext sslContext() {
        return context;
    }

    /** OPENSSL (BoringSSL) or JDK. */
    public SslProvider provider() {
        return provider;
    }

    /** What the server presents: its certificate first. */
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    /**
     * A handler for one connection. For implicit TLS add it first in the pipeline. For STARTTLS
     * pass {@code startTls = true} and add it before writing the tagged OK: that one write then
     * goes out in the clear and everything after it is encrypted (RFC 3501 §6.2.1).
     */
    public SslHandler newHandler(ByteBufAllocator alloc, boolean startTls) {
        SslHandler handler = new SslHandler(context.newEngine(alloc), startTls);
        handler.setHandshakeTimeoutMillis(HANDSHAKE_TIMEOUT.toMillis());
        return handler;
    }

    /** The certificate a client should trust to reach this server: the generated CA, or the chain's top. */
    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    public String trustAnchorPem() {
        return PemFiles.toPem(trustAnchor);
    }

    public void writeTrustAnchorPem(Path file) throws IOException {
        Files.writeString(file, trustAnchorPem(), StandardCharsets.US_ASCII);
    }
}
