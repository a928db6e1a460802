package org.imapharness.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImapClientConfigTest {

    @Test
    void defaultsAreSafe() {
        ImapClientConfig c = ImapClientConfig.implicitTls("imap.example.com", 993);
        assertEquals(TlsMode.IMPLICIT, c.tlsMode());
        assertInstanceOf(Trust.SystemDefault.class, c.trust());
        assertTrue(c.trust().verifiesHostName());
        assertEquals(Duration.ofSeconds(30), c.commandTimeout());
        assertEquals("A", c.tagPrefix());
        assertEquals("imap.example.com:993", c.endpoint());
        assertEquals("[::1]:143", ImapClientConfig.plain("::1", 143).endpoint());
    }

    @Test
    void withersChangeOneThing() {
        ImapClientConfig c = ImapClientConfig.plain("h", 143).withCommandTimeout(Duration.ofMillis(5))
                .withTagPrefix("t").withTrust(Trust.insecure());
        assertEquals(Duration.ofMillis(5), c.commandTimeout());
        assertEquals("t", c.tagPrefix());
        assertEquals(TlsMode.NONE, c.tlsMode());
        assertEquals(false, c.trust().verifiesHostName());
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ImapClientConfig.plain("h", 0));
        assertEquals("port must be 1..65535, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ImapClientConfig.plain("h", 1).withCommandTimeout(Duration.ZERO));
        assertEquals("commandTimeout must be positive, was PT0S", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImapClientConfig.plain("h", 1).withTagPrefix(""));
    }

    @Test
    void pemTrustIsReadAndGarbageIsAClearError(@TempDir Path dir) throws Exception {
        TestCertificates certs = TestCertificates.forNames("localhost");
        Path pem = dir.resolve("ca.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(certs.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Trust.Certificates t = assertInstanceOf(Trust.Certificates.class, Trust.certificate(pem));
        assertEquals(certs.certificate(), t.certificates().get(0));

        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "not a certificate");
        var e = assertThrows(IllegalArgumentException.class, () -> Trust.certificate(junk));
        assertTrue(e.getMessage().startsWith("not a PEM X.509 certificate: " + junk), e.getMessage());
    }
}
