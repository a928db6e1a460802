package org.imapharness.protocol.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Known answers both ways, and every malformed form with its position (RFC 3501 §5.1.3). */
class ModifiedUtf7Test {

    /** Independent base64 of UTF-16 units via java.util.Base64, to build (bad) test input. */
    static String b64(int... units) {
        byte[] bytes = new byte[units.length * 2];
        for (int i = 0; i < units.length; i++) {
            bytes[2 * i] = (byte) (units[i] >> 8);
            bytes[2 * i + 1] = (byte) units[i];
        }
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).replace('/', ',');
    }

    private static void known(String unicode, String wire) {
        assertEquals(wire, ModifiedUtf7.encode(unicode), "encode " + unicode);
        assertEquals(unicode, ModifiedUtf7.decode(wire), "decode " + wire);
        assertTrue(ModifiedUtf7.isValid(wire));
    }

    @Test
    void knownAnswers() {
        known("", "");
        known("INBOX", "INBOX");
        known("&", "&-");
        known("&&", "&-&-");
        known("a&b", "a&-b");
        known("&-", "&--");
        known("-", "-");
        known("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e", "~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        known("Entw\u00fcrfe", "Entw&APw-rfe");
        known("\u00e9&", "&AOk-&-");
        known("\u041e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u0435",
                "&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-");
        known("\ud83d\ude00", "&2D3eAA-");
        known("a\tb", "a&AAk-b");
        known("\u007f", "&AH8-");
        known("\u0000", "&AAA-");
    }

    @Test
    void encodeMergesARunIntoOneShiftSequence() {
        assertEquals("&" + b64(0xe9, 0xe8, 0xd83d, 0xde00) + "-", ModifiedUtf7.encode("\u00e9\u00e8\ud83d\ude00"));
    }

    @Test
    void encodeRefusesUnpairedSurrogates() {
        assertThrows(IllegalArgumentException.class, () -> ModifiedUtf7.encode("a\ud83d"));
        assertThrows(IllegalArgumentException.class, () -> ModifiedUtf7.encode("\ude00b"));
        assertThrows(IllegalArgumentException.class, () -> ModifiedUtf7.encode("\ud83d\ud83d\ude00"));
    }

    @Test
    void unterminatedShiftSequence() {
        bad("&U,BTFw", 0, "not terminated");
        bad("abc&", 3, "not terminated");
    }

    @Test
    void badBase64Character() {
        bad("&U,B!Fw-", 4, "found '!'");
        bad("&U,B/Fw-", 4, "found '/'");
        bad("&U,B=Fw-", 4, "found '='");
        bad("&U,B\u00e9Fw-", 4, "found U+00E9");
    }

    @Test
    void unencodedNonPrintable() {
        bad("Entw\u00fcrfe", 4, "U+00FC");
        bad("a\tb", 1, "U+0009");
        bad("\u007f", 0, "U+007F");
    }

    @Test
    void encodedPrintableAscii() {
        bad("&" + b64('a') + "-", 1, "U+0061 'a'");
        bad("&" + b64(0xe9, ' ') + "-", 3, "U+0020");
        bad("&" + b64('&') + "-", 1, "U+0026 '&'");
    }

    @Test
    void shiftSequencesThatShouldHaveBeenMerged() {
        bad("&U,BTFw-&ZeVnLIqe-", 8, "merged");
    }

    @Test
    void danglingCharacterOddOctetsAndLeftoverBits() {
        bad("&A-", 1, "dangling");
        bad("&AOkA6-", 5, "dangling");
        bad("&AA-", 0, "1 octets");
        bad("&AAAA-", 0, "3 octets");
        bad("&U,BTFx-", 6, "leftover bits");
        bad("&AOl-", 3, "leftover bits");
    }

    @Test
    void unpairedSurrogates() {
        bad("&" + b64(0xd83d) + "-", 1, "not followed by a low surrogate");
        bad("&" + b64(0xde00) + "-", 1, "without a high surrogate");
        bad("&" + b64(0xd83d, 0xe9) + "-", 3, "followed by U+00E9");
        bad("&" + b64(0xd83d) + "-x&" + b64(0xde00) + "-", 1, "not followed");
        bad("&" + b64(0xe9, 0xde00) + "-", 3, "without a high surrogate");
    }

    @Test
    void exceptionCarriesPositionAndReason() {
        ModifiedUtf7Exception e = assertThrows(ModifiedUtf7Exception.class, () -> ModifiedUtf7.decode("ab&A-"));
        assertEquals(3, e.position());
        assertTrue(e.getMessage().startsWith("invalid modified UTF-7 at position 3: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(e.reason()));
        assertFalse(ModifiedUtf7.isValid("ab&A-"));
    }

    private static void bad(String wire, int position, String reasonPart) {
        ModifiedUtf7Exception e = assertThrows(ModifiedUtf7Exception.class, () -> ModifiedUtf7.decode(wire),
                () -> "accepted " + new String(wire.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertFalse(ModifiedUtf7.isValid(wire));
    }
}
