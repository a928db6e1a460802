package org.imapharness.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RfcSectionTest {

    @Test
    void readsTagsAndNothingElse() {
        assertEquals(Optional.of(new RfcSection(3501, "6.4.5")), RfcSection.fromTag("rfc3501-6.4.5"));
        assertEquals(Optional.of(new RfcSection(2177, "3")), RfcSection.fromTag("RFC2177-3"));
        assertTrue(RfcSection.fromTag("MUST").isEmpty());
        assertTrue(RfcSection.fromTag("cap-IDLE").isEmpty());
        assertTrue(RfcSection.fromTag("rfc3501-").isEmpty());
    }

    @Test
    void sortsSectionsNumericallyAndLinksToTheRfcEditor() {
        List<String> sorted = Stream.of("6.4.10", "6.4.9", "9", "6.4", "2.3.1.1", "7162:3.1")
                .map(s -> s.contains(":") ? new RfcSection(7162, s.substring(5)) : new RfcSection(3501, s))
                .sorted().map(RfcSection::toString).toList();
        assertEquals(List.of("RFC 3501 §2.3.1.1", "RFC 3501 §6.4", "RFC 3501 §6.4.9", "RFC 3501 §6.4.10",
                "RFC 3501 §9", "RFC 7162 §3.1"), sorted);
        assertEquals("https://www.rfc-editor.org/rfc/rfc3501#section-6.4.5", new RfcSection(3501, "6.4.5").url());
    }

    @Test
    void theStrongestLevelAmongTagsWins() {
        assertEquals(Level.MUST, Level.strongestOf(List.of("rfc3501-6.1", "SHOULD", "MUST")));
        assertEquals(Level.MAY, Level.strongestOf(List.of("may")));
        assertEquals(Level.NONE, Level.strongestOf(List.of("cap-IDLE")));
    }
}
