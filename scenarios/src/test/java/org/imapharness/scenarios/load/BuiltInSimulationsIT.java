package org.imapharness.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imapharness.scenarios.load.runner.GatlingReport;
import org.imapharness.scenarios.load.runner.RequestStats;
import org.imapharness.scenarios.load.simulations.BulkFetchSimulation;
import org.imapharness.scenarios.load.simulations.IdleFanOutSimulation;
import org.imapharness.scenarios.load.simulations.LoginStormSimulation;
import org.imapharness.scenarios.load.simulations.MixedProfileSimulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each built-in simulation, at a token size, against the bundled server: everything OK, nothing missing. */
class BuiltInSimulationsIT {
    @TempDir
    Path out;

    private List<RequestStats> runOk(Class<?> simulation, Map<String, String> properties) throws Exception {
        ForkedRun run = ForkedRun.of(simulation, out, properties);
        assertTrue(run.gatlingPassed(), "exit code " + run.exitCode() + ":\n" + run.output());
        List<RequestStats> rows = GatlingReport.read(run.reportDir());
        assertEquals(0, rows.get(0).ko(), run.output());
        lastRun = run;
        return rows;
    }

    private ForkedRun lastRun;

    private static RequestStats row(List<RequestStats> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + name + "' in " + rows));
    }

    @Test
    void loginStormInClosedModel() throws Exception {
        var rows = runOk(LoginStormSimulation.class, Map.of("load.model", "closed", "load.users", "2",
                "load.duration", "2s", "load.accounts", "2"));
        assertTrue(row(rows, "connect (TLS handshake)").ok() >= 2);
        assertEquals(row(rows, "connect").ok(), row(rows, "logout").ok());
    }

    @Test
    void mixedProfileRunsEveryKind() throws Exception {
        var rows = runOk(MixedProfileSimulation.class, Map.of("load.rate", "6", "load.duration", "2s",
                "load.accounts", "2", "load.mixed.messages", "3", "load.mixed.idle", "300ms",
                "load.mix", "desktop:1,phone:1,webmail:1"));
        assertEquals(12, row(rows, "login").ok());
    }

    @Test
    void bulkFetchCountsMegabytes() throws Exception {
        runOk(BulkFetchSimulation.class, Map.of("load.rate", "1", "load.duration", "2s", "load.accounts", "1",
                "load.fetch.messages", "2", "load.fetch.size", "300000"));
        String summary = Files.readString(lastRun.reportDir().resolve("load-summary.txt"));
        assertTrue(summary.contains("message data: 1.2 MB"), summary);
    }

    @Test
    void idleFanOutTimesEveryPush() throws Exception {
        var rows = runOk(IdleFanOutSimulation.class, Map.of("load.idle.connections", "5", "load.idle.ramp", "1s",
                "load.idle.deliveries", "2", "load.idle.interval", "200ms"));
        assertEquals(10, row(rows, "push latency").ok());
    }
}
