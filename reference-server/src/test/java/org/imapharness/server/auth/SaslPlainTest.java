package org.imapharness.server.auth;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SaslPlainTest {

    @Test
    void decodesWithoutAuthzid() {
        SaslPlain.Credentials c = SaslPlain.decode(bytes("\0tim\0tanstaaftanstaaf"));
        assertEquals("", c.authzid());
        assertEquals("tim", c.authcid());
        assertArrayEquals(bytes("tanstaaftanstaaf"), c.password());
    }

    @Test
    void acceptsAnAuthzidEqualToTheAuthcid() {
        SaslPlain.Credentials c = SaslPlain.decode(bytes("kurt\0kurt\0xipj3plmq"));
        assertEquals("kurt", c.authzid());
        assertEquals("kurt", c.authcid());
    }

    @Test
    void refusesToActAsAnotherUser() {
        assertMalformed("Ursel\0Kurt\0xipj3plmq", "authzid differs from authcid");
    }

    @Test
    void decodesUtf8NamesAndKeepsPasswordOctets() {
        byte[] message = "\0jürgen\0paß+123456".getBytes(UTF_8);
        SaslPlain.Credentials c = SaslPlain.decode(message);
        assertEquals("jürgen", c.authcid());
        assertArrayEquals("paß+123456".getBytes(UTF_8), c.password());
    }

    @Test
    void decodesTheBase64ClientResponse() {
        String line = Base64.getEncoder().encodeToString(bytes("\0tim\0tanstaaftanstaaf"));
        assertEquals("tim", SaslPlain.decodeBase64(line).authcid());
        assertMalformed(() -> SaslPlain.decodeBase64("not base64!"), "is not base64");
    }

    @Test
    void rejectsBrokenStructure() {
        assertMalformed("tim", "needs two NUL separators, found 0");
        assertMalformed("\0tim", "needs two NUL separators, found 1");
        assertMalformed("\0tim\0pass\0word", "NUL inside the password (offset 9)");
        assertMalformed("\0\0password", "authcid is empty");
        assertMalformed("\0tim\0", "passwd is empty");
        assertMalformed(() -> SaslPlain.decode(new byte[] {0, 't', (byte) 0xc3, 0, 'p'}), "authcid at offset 1 is not valid UTF-8");
        assertMalformed(() -> SaslPlain.decode(new byte[] {0, 't', 0, (byte) 0xff}), "passwd at offset 3 is not valid UTF-8");
        assertMalformed("\0" + "u".repeat(256) + "\0p", "authcid is 256 octets; at most 255");
    }

    @Test
    void errorsNeverContainThePassword() {
        SaslPlain.MalformedException e = assertThrows(SaslPlain.MalformedException.class,
                () -> SaslPlain.decode(bytes("a\0b\0hunter2")));
        assertFalse(e.getMessage().contains("hunter2"));
        assertFalse(SaslPlain.decode(bytes("\0b\0hunter2")).toString().contains("hunter2"));
    }

    private static void assertMalformed(String message, String reason) {
        assertMalformed(() -> SaslPlain.decode(bytes(message)), reason);
    }

    private static void assertMalformed(org.junit.jupiter.api.function.Executable call, String reason) {
        SaslPlain.MalformedException e = assertThrows(SaslPlain.MalformedException.class, call);
        assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(ISO_8859_1);
    }
}
