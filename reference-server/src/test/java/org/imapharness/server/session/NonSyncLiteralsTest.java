package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding RFC 7888 non-synchronizing literals in assembled frames, for LITERAL-'s cap. */
class NonSyncLiteralsTest {

    private static long first(String frame, long max) {
        return NonSyncLiterals.firstLargerThan(frame.getBytes(StandardCharsets.ISO_8859_1), max);
    }

    @Test
    void findsTheFirstNonSyncLiteralOverTheCap() {
        assertEquals(5, first("a LOGIN {5+}\r\nalice {6+}\r\nsecret\r\n", 4));
        assertEquals(6, first("a LOGIN {3+}\r\nbob {6+}\r\nsecret\r\n", 4), "later literals are found too");
        assertEquals(-1, first("a LOGIN {3+}\r\nbob {4+}\r\npass\r\n", 4), "at the cap is allowed");
    }

    @Test
    void synchronizingLiteralsAreNotItsBusiness() {
        assertEquals(-1, first("a APPEND INBOX {12}\r\nSubject: x\r\n\r\n", 4));
        assertEquals(7, first("a LOGIN {5}\r\nalice {7+}\r\npassw0r\r\n", 4));
    }

    @Test
    void literal8AndBareLineFeedsCount() {
        assertEquals(8, first("a APPEND INBOX ~{8+}\nab\0cdefg\n", 4));
    }

    @Test
    void literalDataThatLooksLikeAnAnnouncementIsSkipped() {
        assertEquals(-1, first("a APPEND INBOX {9+}\r\nx {9999+}\r\n\r\n", 100));
    }

    @Test
    void bracesThatAnnounceNothingAreIgnored() {
        assertEquals(-1, first("a SELECT {x+}\r\n", 0));
        assertEquals(-1, first("a SELECT }\r\n", 0));
        assertEquals(-1, first("a SELECT {+}\r\n", 0));
    }

    @Test
    void theAnnouncementAtTheEndOfAFrameErrorsRawBytes() {
        byte[] raw = "a APPEND INBOX {9000+}\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(9000, NonSyncLiterals.announcedAtEnd(raw));
        assertEquals(-1, NonSyncLiterals.announcedAtEnd("a APPEND INBOX {9000}\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(-1, NonSyncLiterals.announcedAtEnd("a SELECT INBO".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(12, NonSyncLiterals.announcedAtEnd("a LOGIN {3+}\r\nbob {12+}\r\n".getBytes(StandardCharsets.US_ASCII)));
    }
}
