package org.imapharness.scenarios.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Wire#announcedLiteral}: which response lines announce literal data the reader must follow. */
class WireLiteralTest {

    private static long announced(String bytes, int from) {
        return Wire.announcedLiteral(bytes.getBytes(StandardCharsets.ISO_8859_1), from);
    }

    private static long announced(String line) {
        return announced(line, 0);
    }

    @Test
    void aLineEndingInABracedNumberAnnouncesThatManyBytes() {
        assertEquals(12, announced("* 1 FETCH (BODY[] {12}\r\n"));
        assertEquals(0, announced("* LIST () \"/\" {0}\r\n"));
        assertEquals(4_294_967_295L, announced("* 1 FETCH (BODY[] {4294967295}\r\n"));
    }

    @Test
    void binaryLiteralsCountToo() {
        assertEquals(5, announced("* 1 FETCH (BINARY[] ~{5}\r\n"));
    }

    @Test
    void onlyTheLineStartingAtFromIsRead() {
        String kept = "* 1 FETCH (BODY[] {3}\r\nabc {7}\r\n";
        assertEquals(7, announced(kept, kept.indexOf("abc")));
        // From inside the digits the opening brace is out of reach: no announcement.
        assertEquals(-1, announced(kept, kept.lastIndexOf('7')));
    }

    @Test
    void linesWithoutAnAnnouncementGiveMinusOne() {
        assertEquals(-1, announced("* OK ready\r\n"));
        assertEquals(-1, announced("* OK {}\r\n"), "no digits");
        assertEquals(-1, announced("* OK {12x}\r\n"), "not all digits");
        assertEquals(-1, announced("* OK 12}\r\n"), "no opening brace");
        assertEquals(-1, announced("* OK {12}\n"), "LF without CR");
        assertEquals(-1, announced("* OK {12} \r\n"), "not at the end");
        assertEquals(-1, announced("{1}"), "no line end");
        assertEquals(-1, announced(""), "nothing");
    }

    @Test
    void sizesTooLongToBeNumbersAreNotFollowed() {
        // More than 13 digits stop the scan before the brace (no IMAP number is that long), so the
        // line is taken as plain text rather than a promise of petabytes to read.
        assertEquals(-1, announced("* 1 FETCH (BODY[] {1000000000000000}\r\n"));
        assertEquals(999_999_999_999L, announced("* 1 FETCH (BODY[] {999999999999}\r\n"));
    }
}
