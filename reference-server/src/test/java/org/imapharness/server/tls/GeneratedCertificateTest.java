package org.imapharness.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.interfaces.ECPublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedCertificateTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private final GeneratedCertificate generated = GeneratedCertificate.create(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void coversLocalhostAndBothLoopbackAddresses() throws CertificateParsingException {
        Set<String> names = new HashSet<>();
        for (List<?> san : generated.certificate().getSubjectAlternativeNames()) {
            names.add(san.get(0) + ":" + san.get(1));
        }
        // type 2 is dNSName, 7 is iPAddress (RFC 5280 §4.2.1.6); the JDK prints ::1 in full
        assertEquals(Set.of("2:localhost", "7:127.0.0.1", "7:0:0:0:0:0:0:0:1"), names);
    }

    @Test
    void isP256SignedWithEcdsaSha256AndValidForAYear() throws Exception {
        X509Certificate cert = generated.certificate();
        assertEquals("SHA256withECDSA", cert.getSigAlgName());
        assertEquals(256, ((ECPublicKey) cert.getPublicKey()).getParams().getCurve().getField().getFieldSize());
        assertEquals(NOW.minus(Duration.ofHours(1)), cert.getNotBefore().toInstant());
        assertEquals(NOW.minus(Duration.ofHours(1)).plus(Duration.ofDays(365)), cert.getNotAfter().toInstant());
        cert.checkValidity(java.util.Date.from(NOW));
        assertEquals("EC", generated.privateKey().getAlgorithm());
    }

    @Test
    void isAServerCertificateIssuedByAOneOffCa() throws Exception {
        X509Certificate cert = generated.certificate();
        X509Certificate ca = generated.authority();
        cert.verify(ca.getPublicKey());
        ca.verify(ca.getPublicKey());
        assertEquals(ca.getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertEquals(-1, cert.getBasicConstraints(), "server certificate is not a CA");
        assertEquals(0, ca.getBasicConstraints(), "CA may sign only end entities");
        assertTrue(cert.getKeyUsage()[0], "digitalSignature");
        assertTrue(ca.getKeyUsage()[5], "keyCertSign");
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), cert.getExtendedKeyUsage(), "serverAuth");
        assertEquals(List.of(cert, ca), generated.chain());
    }

    @Test
    void eachStartMakesNewKeys() {
        GeneratedCertificate other = GeneratedCertificate.create(Clock.systemUTC());
        assertTrue(!other.certificate().getPublicKey().equals(generated.certificate().getPublicKey()));
        assertTrue(!other.certificate().getSerialNumber().equals(generated.certificate().getSerialNumber()));
        assertThrows(Exception.class, () -> other.certificate().verify(generated.authority().getPublicKey()));
    }
}
