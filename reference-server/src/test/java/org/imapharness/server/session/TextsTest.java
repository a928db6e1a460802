package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.imapharness.protocol.codec.CommandParser;
import org.junit.jupiter.api.Test;

class TextsTest {
    private final CommandParser parser = new CommandParser();

    @Test
    void controlAndNonAsciiCharactersCannotBreakTheLine() {
        assertEquals("found '?'??x", Texts.safe("found '\r'\n\u00e9x"));
        assertEquals("RFC 3501 section 9", Texts.safe("RFC 3501 \u00a79"));
    }

    @Test
    void textThatLooksLikeAResponseCodeIsShifted() {
        assertEquals(" [ALERT] no", Texts.safe("[ALERT] no"));
    }

    @Test
    void longTextIsCut() {
        String cut = Texts.safe("x".repeat(10_000));
        assertTrue(cut.length() < 500 && cut.endsWith("..."));
    }

    @Test
    void tagIsFoundInATruncatedFrame() {
        assertEquals("a1", Texts.tagOf(parser, bytes("a1 APPEND INBOX {99999")));
        assertEquals("x", Texts.tagOf(parser, bytes("x NOOP\r\n")));
        assertNull(Texts.tagOf(parser, bytes("+++")));
        assertNull(Texts.tagOf(parser, bytes("abcdef")), "no SP after it: not known to be a tag");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
