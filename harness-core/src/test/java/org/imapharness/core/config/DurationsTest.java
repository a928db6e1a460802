package org.imapharness.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"500ms,500", "20s,20000", "5m,300000", "2h,7200000", "1m30s,90000", " 10S ,10000", "0s,0"})
    void parsesWhatPeopleType(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse("--duration", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "s", "10x", "10s5", "-5s", "1.5s", "10 s"})
    void rejectsWithTheNameAndTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("--duration", text));
        assertTrue(e.getMessage().startsWith("--duration: expected a duration"), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"500,500ms", "20000,20s", "300000,5m", "7200000,2h", "90000,90s", "0,0s"})
    void formatsTheShortestExactForm(long millis, String text) {
        assertEquals(text, Durations.format(Duration.ofMillis(millis)));
    }
}
