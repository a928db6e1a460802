package org.imapharness.scenarios.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TlsHello#clientHello} read back field by field, as RFC 5246 §7.4.1.2 lays it out. */
class TlsHelloTest {

    /** The fields of a parsed hello. */
    private record Hello(int recordVersion, int helloVersion, List<Integer> suites, byte[] compression,
                         Map<Integer, byte[]> extensions) {
    }

    private static Hello parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        assertEquals(0x16, b.get() & 0xff, "handshake record");
        int recordVersion = b.getShort() & 0xffff;
        int recordLength = b.getShort() & 0xffff;
        assertEquals(bytes.length - 5, recordLength, "record length");
        assertEquals(1, b.get(), "client_hello");
        int helloLength = ((b.get() & 0xff) << 16) | (b.getShort() & 0xffff);
        assertEquals(recordLength - 4, helloLength, "handshake length");
        int helloVersion = b.getShort() & 0xffff;
        b.position(b.position() + 32); // random
        assertEquals(0, b.get(), "no session id");
        int suiteBytes = b.getShort() & 0xffff;
        List<Integer> suites = new ArrayList<>();
        for (int i = 0; i < suiteBytes / 2; i++) {
            suites.add(b.getShort() & 0xffff);
        }
        byte[] compression = new byte[b.get()];
        b.get(compression);
        int extensionsEnd = (b.getShort() & 0xffff) + b.position();
        Map<Integer, byte[]> extensions = new LinkedHashMap<>();
        while (b.position() < extensionsEnd) {
            int type = b.getShort() & 0xffff;
            byte[] data = new byte[b.getShort() & 0xffff];
            b.get(data);
            extensions.put(type, data);
        }
        assertEquals(bytes.length, b.position(), "nothing after the extensions");
        return new Hello(recordVersion, helloVersion, suites, compression, extensions);
    }

    @Test
    void offersExactlyTheVersionAndSuitesAsked() {
        Hello hello = parse(TlsHello.clientHello("mail.example", TlsHello.TLS11, List.of(0x002f, 0xc013)));
        assertEquals(TlsHello.TLS10, hello.recordVersion(), "record layer says 1.0 for the widest acceptance");
        assertEquals(TlsHello.TLS11, hello.helloVersion());
        assertEquals(List.of(0x002f, 0xc013), hello.suites());
        assertArrayEquals(new byte[] {0}, hello.compression(), "null compression only");
    }

    @Test
    void namesTheHostBySniButNeverAnAddress() {
        Hello named = parse(TlsHello.clientHello("mail.example", TlsHello.TLS12, List.of(0x009c)));
        byte[] sni = named.extensions().get(0x0000);
        byte[] name = "mail.example".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer s = ByteBuffer.wrap(sni);
        assertEquals(name.length + 3, s.getShort() & 0xffff, "server_name_list length");
        assertEquals(0, s.get(), "host_name");
        assertEquals(name.length, s.getShort() & 0xffff);
        byte[] got = new byte[name.length];
        s.get(got);
        assertArrayEquals(name, got);

        assertFalse(parse(TlsHello.clientHello("127.0.0.1", TlsHello.TLS12, List.of(0x009c))).extensions()
                .containsKey(0x0000), "RFC 6066 §3: no literal IPv4 address in SNI");
        assertFalse(parse(TlsHello.clientHello("::1", TlsHello.TLS12, List.of(0x009c))).extensions()
                .containsKey(0x0000), "nor IPv6");
    }

    @Test
    void carriesWhatServersNeedToAnswerAtAll() {
        Hello hello = parse(TlsHello.clientHello("localhost", TlsHello.TLS10, List.copyOf(
                TlsHello.LEGACY_CLIENT_SUITES.keySet())));
        assertTrue(hello.extensions().containsKey(0x000a), "supported_groups, for ECDHE");
        assertTrue(hello.extensions().containsKey(0x000b), "ec_point_formats");
        assertTrue(hello.extensions().containsKey(0x000d), "signature_algorithms");
        assertArrayEquals(new byte[] {0}, hello.extensions().get(0xff01), "empty renegotiation_info");
        assertEquals(TlsHello.LEGACY_CLIENT_SUITES.size(), hello.suites().size());
    }

    @Test
    void versionNamesReadAsUsual() {
        assertEquals("TLSv1.0", TlsHello.versionName(TlsHello.TLS10));
        assertEquals("TLSv1.3", TlsHello.versionName(0x0304));
        assertEquals("0x7f1c", TlsHello.versionName(0x7f1c));
    }
}
