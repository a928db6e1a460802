package org.imapharness.scenarios.load.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imapharness.scenarios.load.LatencyLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyFileTest {

    @AfterEach
    void clear() {
        LatencyLog.reset();
    }

    @Test
    void injectorsMergeExactly(@TempDir Path dir) {
        // Injector 1: 99 fast logins; injector 2: one slow login and one KO.
        for (int i = 0; i < 99; i++) {
            LatencyLog.record("login", 1_000 + i, 1_010 + i, true);
        }
        Path a = dir.resolve("a.tsv");
        LatencyFile.write(a, LatencyLog.snapshot());
        LatencyLog.reset();
        LatencyLog.record("login", 2_000, 2_900, true);
        LatencyLog.record("login", 2_000, 2_001, false);
        LatencyLog.record("select", 1_500, 1_505, true);
        Path b = dir.resolve("b.tsv");
        LatencyFile.write(b, LatencyLog.snapshot());

        List<RequestStats> rows = LatencyFile.merge(List.of(a, b));
        RequestStats all = rows.get(0);
        assertEquals("All Requests", all.name());
        assertEquals(102, all.total());
        RequestStats login = rows.stream().filter(r -> r.name().equals("login")).findFirst().orElseThrow();
        assertEquals(101, login.total());
        assertEquals(1, login.ko());
        assertEquals(10, login.p50());
        assertEquals(10, login.p95());
        assertTrue(login.max() >= 899 && login.max() <= 901, "max " + login.max());
        // 102 requests between t=1000 ms and t=2900 ms.
        assertEquals(102 / 1.9, all.perSecond(), 0.01);
    }

    @Test
    void aDamagedFileNamesTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "# header\nlogin\t0\t1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatencyFile.merge(List.of(f)));
        assertEquals(f + " line 2: expected 5 tab-separated fields, found 3", e.getMessage());
    }
}
