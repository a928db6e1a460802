package org.imapharness.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsAndSizesTest {

    @Test
    void durationsNeedAUnit() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofSeconds(30), Durations.parse(" 30s "));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1H"));
        assertEquals(Duration.ofDays(2), Durations.parse("2d"));
        assertEquals(Duration.ZERO, Durations.parse("0"));
        for (String bad : new String[] {"30", "-5s", "1.5h", "5 minutes", "", "s"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(bad));
            assertTrue(e.getMessage().contains("is not a duration"), e.getMessage());
        }
    }

    @Test
    void durationsFormatToTheirShortestExactForm() {
        assertEquals("30m", Durations.format(Duration.ofMinutes(30)));
        assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
        assertEquals("1d", Durations.format(Duration.ofHours(24)));
        assertEquals("0", Durations.format(Duration.ZERO));
        for (String text : new String[] {"30m", "90s", "1500ms", "1d", "0"}) {
            assertEquals(text, Durations.format(Durations.parse(text)));
        }
    }

    @Test
    void sizesUseBinaryUnits() {
        assertEquals(65536, ByteSizes.parse("64k"));
        assertEquals(65536, ByteSizes.parse("64KiB"));
        assertEquals(65536, ByteSizes.parse("64 kb"));
        assertEquals(50L << 20, ByteSizes.parse("50m"));
        assertEquals(1L << 30, ByteSizes.parse("1g"));
        assertEquals(1000, ByteSizes.parse("1000"));
        assertEquals(7, ByteSizes.parse("7b"));
        for (String bad : new String[] {"64x", "-1", "1.5m", "", "k"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse(bad));
            assertTrue(e.getMessage().contains("is not a size"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ByteSizes.parse("999999999999999g"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void sizesFormatToTheirShortestExactForm() {
        assertEquals("64k", ByteSizes.format(65536));
        assertEquals("50m", ByteSizes.format(50L << 20));
        assertEquals("2g", ByteSizes.format(2L << 30));
        assertEquals("1000", ByteSizes.format(1000));
        assertEquals("0", ByteSizes.format(0));
    }
}
