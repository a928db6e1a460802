package org.imapharness.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.client.Trust;
import org.junit.jupiter.api.Test;

class ImapProtocolBuilderTest {

    @Test
    void defaultsArePort993WithImplicitTlsAndReusedConnections() {
        ImapProtocol p = Imap.imap().build();
        assertEquals(993, p.port());
        assertEquals(TlsMode.IMPLICIT, p.tlsMode());
        assertTrue(p.reuseConnections());
        assertFalse(p.clientConfig().tlsResumption(), "full TLS handshakes unless asked");
        assertEquals(0, p.clientConfig().transcriptLimitBytes(), "no transcripts under load");
    }

    @Test
    void everyStepReturnsANewBuilderAndLeavesTheOldOneAlone() {
        ImapProtocolBuilder base = Imap.imap();
        ImapProtocolBuilder changed = base.server("mail.example", 143).startTls().insecureTrust()
                .commandTimeout(Duration.ofSeconds(3)).reuseConnections(false).tlsResumption(true);
        assertNotSame(base, changed);
        assertEquals("127.0.0.1", base.build().host());
        ImapProtocol p = changed.build();
        assertEquals("mail.example", p.host());
        assertEquals(TlsMode.STARTTLS, p.tlsMode());
        assertInstanceOf(Trust.Insecure.class, p.trust());
        assertEquals(Duration.ofSeconds(3), p.clientConfig().commandTimeout());
        assertFalse(p.reuseConnections());
        assertTrue(p.clientConfig().tlsResumption());
        assertFalse(base.build().tlsResumption());
    }

    @Test
    void mistakesFailWhenTheProtocolIsBuiltNotPerUser() {
        assertEquals("port must be 1..65535, was 0",
                assertThrows(IllegalArgumentException.class, () -> Imap.imap().server("h", 0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Imap.imap().trustCertificatePem("not a certificate")).getMessage()
                .startsWith("not a PEM X.509 certificate"));
        assertThrows(IllegalStateException.class, () -> Imap.imap("c").connect().check(Imap.exists().exists()));
    }
}
