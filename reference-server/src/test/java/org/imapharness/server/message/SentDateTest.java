package org.imapharness.server.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentDateTest {
    @Test
    void readsTheDateAsWrittenIgnoringTimeAndZone() {
        assertEquals(Optional.of(LocalDate.of(1994, 2, 7)), SentDate.parse("Mon, 7 Feb 1994 21:52:25 -0800 (PST)"));
        assertEquals(Optional.of(LocalDate.of(2023, 12, 31)), SentDate.parse("31 Dec 2023 23:59:59 -1200"));
        assertEquals(Optional.of(LocalDate.of(1999, 1, 2)), SentDate.parse("Sat, 02 Jan 99 10:00 GMT"));
        assertEquals(Optional.of(LocalDate.of(2001, 3, 4)), SentDate.parse("(comment) 4 March 01 10:00 +0000"));
    }

    @Test
    void rejectsNonsense() {
        assertEquals(Optional.empty(), SentDate.parse(null));
        assertEquals(Optional.empty(), SentDate.parse("yesterday"));
        assertEquals(Optional.empty(), SentDate.parse("31 Feb 2023 10:00 +0000"));
        assertEquals(Optional.empty(), SentDate.parse("1 Foo 2023"));
    }
}
