package org.imapharness.protocol.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrameLimitsTest {
    @Test
    void defaults() {
        assertEquals(new FrameLimits(65536, 67108864L, 134217728L), FrameLimits.DEFAULTS);
    }

    @Test
    void rejectsImpossibleLimits() {
        assertThrows(IllegalArgumentException.class, () -> new FrameLimits(0, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new FrameLimits(10, -1, 100));
        assertThrows(IllegalArgumentException.class, () -> new FrameLimits(10, 4_294_967_296L, 100));
        assertThrows(IllegalArgumentException.class, () -> new FrameLimits(100, 10, 99));
        assertThrows(IllegalArgumentException.class, () -> new FrameLimits(10, 10, Integer.MAX_VALUE));
    }

    @Test
    void acceptsTheExtremes() {
        new FrameLimits(1, 0, 1);
        new FrameLimits(1024, FrameLimits.MAX_NUMBER, FrameLimits.MAX_ARRAY);
    }
}
