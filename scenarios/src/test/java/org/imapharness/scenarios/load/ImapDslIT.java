package org.imapharness.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imapharness.scenarios.load.runner.GatlingReport;
import org.imapharness.scenarios.load.runner.LatencyFile;
import org.imapharness.scenarios.load.runner.RequestStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the DSL simulations in a child JVM against the bundled server and reads Gatling's own report. */
class ImapDslIT {
    @TempDir
    Path out;

    @Test
    void everyDslCallIsOkAgainstTheReferenceServer() throws Exception {
        ForkedRun run = ForkedRun.of(DslCoverageSimulation.class, out, Map.of());
        // 3 = Gatling passed but the generator looked saturated: expected on a busy shared CI machine.
        assertTrue(run.gatlingPassed(), "exit code " + run.exitCode() + ":\n" + run.output());
        List<RequestStats> rows = GatlingReport.read(run.reportDir());
        RequestStats all = rows.get(0);
        assertEquals(0, all.ko(), run.output());
        for (String name : List.of("connect", "connect (TLS handshake)", "connect (greeting)", "login",
                "authenticate plain", "starttls", "fetch partial", "uid move", "idle", "idle (DONE)", "uid expunge",
                "logout", "push latency", "deliver")) {
            RequestStats row = row(rows, name);
            assertTrue(row.ok() >= 1, name + " was never OK: " + row);
        }
        assertTrue(Files.readString(run.reportDir().resolve("load-summary.txt")).contains("p99"));
        // The harness's own record agrees with Gatling's on what was logged.
        List<RequestStats> merged = LatencyFile.merge(List.of(run.reportDir().resolve(LatencyFile.NAME)));
        assertEquals(all.total(), merged.get(0).total());
    }

    @Test
    void failedChecksAndErrorsAreReportedAsKo() throws Exception {
        ForkedRun run = ForkedRun.of(FailingChecksSimulation.class, out, Map.of());
        assertEquals(2, run.exitCode(), "Gatling's assertion on failed requests must fail the run:\n" + run.output());
        List<RequestStats> rows = GatlingReport.read(run.reportDir());
        int users = FailingChecksSimulation.USERS;
        for (String ko : List.of("noop before connect", "wrong password", "select with wrong count",
                "missing attribute")) {
            RequestStats row = row(rows, ko);
            assertEquals(users, row.ko(), ko + ": " + row);
            assertEquals(0, row.ok(), ko + ": " + row);
        }
        for (String ok : List.of("connect", "login", "select", "logout")) {
            assertEquals(users, row(rows, ok).ok(), ok);
        }
        assertTrue(run.output().contains("EXISTS: expected 999, found 0"), run.output());
        assertTrue(run.output().contains("no open connection"), run.output());
        // A command the server never answers is KO once the command timeout runs out.
        assertEquals(1, row(rows, "unanswered noop").ko(), run.output());
        assertTrue(run.output().contains("NOOP: no tagged completion within 1 s"), run.output());
        assertEquals(1, row(rows, "silent connect (greeting)").ok());
        // Nothing listening: the TCP connect itself is the KO.
        assertEquals(1, row(rows, "refused connect").ko(), run.output());
    }

    private static RequestStats row(List<RequestStats> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + name + "' in " + rows));
    }
}
