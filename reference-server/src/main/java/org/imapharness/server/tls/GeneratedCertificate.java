package org.imapharness.server.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate made at start for {@code localhost}, {@code 127.0.0.1} and {@code ::1}: EC P-256,
 * SHA256withECDSA, valid one year (from an hour ago, to absorb clock skew).
 *
 * <p>It is two certificates, not one: a throwaway CA that signs the server certificate, the
 * CA's private key dropped right after. Clients trust {@link #authority()}. A lone self-signed
 * server certificate is refused by strict verifiers (rustls/webpki reject a CA certificate as
 * end entity; OpenSSL's strict mode, on by default in Python 3.13, wants a proper CA), and a
 * real chain costs one more key pair (a millisecond).
 *
 * @param certificate the server's certificate
 * @param privateKey  its key
 * @param authority   the one-off CA certificate that signed it
 */
public record GeneratedCertificate(X509Certificate certificate, PrivateKey privateKey, X509Certificate authority) {

    public static final Duration VALIDITY = Duration.ofDays(365);
    public static final List<String> DNS_NAMES = List.of("localhost");
    public static final List<String> IP_ADDRESSES = List.of("127.0.0.1", "::1");

    /** Makes a fresh CA and server certificate; both valid from {@code clock.instant()} minus an hour. */
    public static GeneratedCertificate create(Clock clock) {
        return create(clock, false);
    }

    /**
     * As {@link #create(Clock)}; with {@code rsaServerKey} the server's own key is RSA-2048 (still
     * signed by the EC CA), which only the {@code tls-weak-ciphers} fault asks for: static-RSA key
     * exchange needs an RSA key to encrypt to.
     */
    public static GeneratedCertificate create(Clock clock, boolean rsaServerKey) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPair caKeys = ecKeyPair(random);
            KeyPair serverKeys = rsaServerKey ? rsaKeyPair(random) : ecKeyPair(random);
            Instant notBefore = clock.instant().minus(Duration.ofHours(1));
            Date from = Date.from(notBefore);
            Date to = Date.from(notBefore.plus(VALIDITY));
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();

            X500Name caName = new X500Name("CN=imap-harness throwaway CA " + Long.toHexString(random.nextLong()));
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(random), from, to, caName,
                    caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate caCert = sign(ca, caKeys.getPrivate());

            GeneralName[] names = new GeneralName[DNS_NAMES.size() + IP_ADDRESSES.size()];
            int i = 0;
            for (String dns : DNS_NAMES) {
                names[i++] = new GeneralName(GeneralName.dNSName, dns);
            }
            for (String ip : IP_ADDRESSES) {
                names[i++] = new GeneralName(GeneralName.iPAddress, ip);
            }
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCert, serial(random), from, to,
                    new X500Name("CN=localhost"), serverKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(rsaServerKey
                            ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(serverKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            return new GeneratedCertificate(sign(server, caKeys.getPrivate()), serverKeys.getPrivate(), caCert);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new TlsSetupException("cannot generate a certificate: " + e.getMessage(), e);
        }
    }

    /** The chain the server presents: its certificate, then the CA's. */
    public List<X509Certificate> chain() {
        return List.of(certificate, authority);
    }

    private static KeyPair ecKeyPair(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private static KeyPair rsaKeyPair(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, random);
        return generator.generateKeyPair();
    }

    /** Positive and 127 bits: unique enough, and within the 20-octet limit of RFC 5280 §4.1.2.2. */
    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
