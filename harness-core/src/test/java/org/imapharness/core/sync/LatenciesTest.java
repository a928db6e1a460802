package org.imapharness.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void nearestRankPercentilesOfRawValues() {
        List<Long> nanos = new ArrayList<>();
        for (long ms = 100; ms >= 1; ms--) {
            nanos.add(ms * 1_000_000);
        }
        Latencies l = Latencies.of(nanos);
        assertEquals(100, l.count());
        assertEquals(50.0, l.p50Millis());
        assertEquals(90.0, l.p90Millis());
        assertEquals(99.0, l.p99Millis());
        assertEquals(100.0, l.maxMillis());
    }

    @Test
    void noValuesGiveZeros() {
        assertEquals(0, Latencies.of(List.of()).count());
        assertEquals(7.0, Latencies.of(List.of(7_000_000L)).p99Millis());
    }
}
