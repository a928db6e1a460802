package org.imapharness.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectionStatsTest {
    @Test
    void durationIsSecondsWithThreeDecimals() {
        assertEquals("0.000s", ConnectionStats.seconds(0));
        assertEquals("0.007s", ConnectionStats.seconds(7));
        assertEquals("0.042s", ConnectionStats.seconds(42));
        assertEquals("1.204s", ConnectionStats.seconds(1204));
        assertEquals("3600.100s", ConnectionStats.seconds(3_600_100));
    }
}
