package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imapharness.reports.json.RunJson;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Level;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.RfcSection;
import org.imapharness.reports.model.Run;
import org.imapharness.reports.model.TargetInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code imap-harness report} on saved runs: re-render, baseline gate, cross-target comparison, bad files. */
class ReportCommandTest {
    @TempDir
    Path dir;
    private final CommandOutput output = new CommandOutput();

    private int report(String... args) {
        // Configured as ImapHarness configures its command line: a UsageProblem is exit 2 with its message.
        return output.execute(new CommandLine(new ReportCommand()).setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof UsageProblem) {
                cl.getErr().println(cl.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            throw e;
        }), args);
    }

    private static Check check(String id, Outcome outcome, String replay) {
        return new Check(id, "check " + id, "rfc3501", List.of(new RfcSection(3501, "6.4.5")), Level.MUST, List.of(),
                List.of("MUST"), outcome, outcome == Outcome.FAILED ? "it broke" : "", 5, "", "", replay, "", Map.of());
    }

    private Path save(String name, String target, Check... checks) throws IOException {
        Path runDir = Files.createDirectories(dir.resolve(name));
        Run run = Run.of(TargetInfo.of(target, false), "2026-11-26T00:00:00Z", 10, List.of(checks), Map.of(), Map.of(), "");
        RunJson.write(run, runDir.resolve("run.json"));
        return runDir.resolve("run.json");
    }

    @Test
    void reRendersASavedRunElsewhereWithItsReplayFiles() throws IOException {
        Path saved = save("saved", "embedded", check("a", Outcome.PASSED, ""), check("b", Outcome.FAILED, "replay/b.imap"));
        Files.createDirectories(saved.resolveSibling("replay"));
        Files.writeString(saved.resolveSibling("replay/b.imap"), "name: b\n");
        Path html = dir.resolve("html");

        assertEquals(1, report(saved.toString(), "--out", html.toString()), output.stderr());
        assertTrue(output.stdout().contains("2 checks: 1 passed, 1 failed, 0 errored, 0 skipped; 1 MUST checks did not pass"),
                output.stdout());
        assertTrue(Files.readString(html.resolve("index.html")).contains("check b"));
        assertEquals("name: b\n", Files.readString(html.resolve("replay/b.imap")));
        assertTrue(Files.isDirectory(html.resolve("allure-results")));
    }

    @Test
    void aBaselineFailsTheRunOnlyOnRegressions() throws IOException {
        Path current = save("now", "embedded", check("a", Outcome.PASSED, ""), check("b", Outcome.FAILED, ""));
        Path knownFailure = save("before1", "embedded", check("a", Outcome.PASSED, ""), check("b", Outcome.FAILED, ""));
        Path allPassed = save("before2", "embedded", check("a", Outcome.PASSED, ""), check("b", Outcome.PASSED, ""));

        assertEquals(0, report(current.toString(), "--baseline", knownFailure.toString(), "--out", dir.resolve("o1").toString()));
        assertTrue(output.stdout().contains("no regression against the baseline"), output.stdout());
        assertEquals(1, report(current.toString(), "--baseline", allPassed.toString(), "--out", dir.resolve("o2").toString()));
        assertTrue(output.stdout().contains("regression: check b (PASSED -> FAILED)"), output.stdout());
        assertTrue(Files.readString(dir.resolve("o2/baseline.json")).contains("\"NEW_FAIL\""));
    }

    @Test
    void comparesRunsOfSeveralTargets() throws IOException {
        Path reference = save("ref", "embedded", check("a", Outcome.PASSED, ""), check("b", Outcome.PASSED, ""));
        Path dovecot = save("dovecot", "imaps://127.0.0.1:993", check("a", Outcome.PASSED, ""), check("b", Outcome.FAILED, ""));

        assertEquals(0, report("--compare", reference.toString(), dovecot.toString(), "--out", dir.resolve("cmp").toString()));
        assertTrue(output.stdout().contains("2 checks over 2 runs; the targets disagree on 1"), output.stdout());
        String html = Files.readString(dir.resolve("cmp/compare.html"));
        assertTrue(html.indexOf("check b") < html.indexOf("check a"), "disagreements come first");
    }

    @Test
    void unreadableFilesAndBadUsageAreExitCode2WithTheReason() throws IOException {
        Path notJson = Files.writeString(dir.resolve("bad.json"), "{\n  \"schema\": \"imap-harness-run/1\",\n  oops\n}");
        assertEquals(2, report(notJson.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(output.stderr().contains("bad.json:3:3: not a run.json"), output.stderr());

        assertEquals(2, report(dir.resolve("missing.json").toString()));
        assertTrue(output.stderr().contains("missing.json: no such file"), output.stderr());

        Path one = save("one", "embedded", check("a", Outcome.PASSED, ""));
        assertEquals(2, report("--compare", one.toString()));
        assertTrue(output.stderr().contains("--compare needs two or more run.json files, found 1"), output.stderr());
    }
}
