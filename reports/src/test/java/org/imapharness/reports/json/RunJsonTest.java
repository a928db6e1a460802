package org.imapharness.reports.json;

import static org.imapharness.reports.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.Run;
import org.imapharness.reports.model.TargetInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJsonTest {
    @TempDir
    Path dir;

    @Test
    void aRunSurvivesTheRoundTripWithOrderKept() throws IOException {
        Run run = Run.of(new TargetInfo("imaps://h:993", true, List.of("IMAP4rev1", "STARTTLS"), List.of("IDLE"),
                        List.of("IDLE")), "2026-11-26T00:00:00Z", 1234,
                List.of(check("a", Outcome.PASSED), check("b", Outcome.FAILED)),
                Map.of("idle-latency-p99-ms", "12"), Map.of("MISSING_STATUS_TEXT", 3L), "load/index.html");
        Path file = dir.resolve("run.json");
        RunJson.write(run, file);
        assertEquals(run, RunJson.read(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"mustProblems\" : 1"), json);
        assertFalse(json.contains("mustProblem\" :"), "helpers are not part of the schema: " + json);
    }

    @Test
    void unknownFieldsFromANewerWriterAreIgnored() throws IOException {
        Path file = Files.writeString(dir.resolve("run.json"), "{\"schema\":\"imap-harness-run/1\",\"future\":1,"
                + "\"target\":{\"uri\":\"embedded\"},\"checks\":[]}");
        assertEquals("embedded", RunJson.read(file).target().uri());
    }

    @Test
    void otherFilesAreRefusedWithTheReason() throws IOException {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"schema\":\"allure\",\"target\":{\"uri\":\"x\"}}");
        assertEquals(other + ": expected schema \"imap-harness-run/1\", found \"allure\"",
                assertThrows(ReportFileException.class, () -> RunJson.read(other)).getMessage());
        Path none = Files.writeString(dir.resolve("none.json"), "[1, 2]");
        assertTrue(assertThrows(ReportFileException.class, () -> RunJson.read(none)).getMessage()
                .startsWith(none + ":1:1: not a run.json"));
    }
}
