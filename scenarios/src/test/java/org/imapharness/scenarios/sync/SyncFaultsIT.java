package org.imapharness.scenarios.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imapharness.core.scenario.Outcome;
import org.imapharness.core.scenario.ScenarioResult;
import org.imapharness.core.scenario.run.RunOptions;
import org.imapharness.core.scenario.run.ScenarioRunner;
import org.imapharness.core.scenario.text.ScenarioParser;
import org.imapharness.core.sync.Rule;
import org.imapharness.core.sync.SyncChecker;
import org.imapharness.core.sync.SyncConfig;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultDetection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sync-related fault switch of the reference server is caught: a seeded run breaks the rule
 * the fault breaks, shrinking brings it down to a handful of actions, and the scenario written
 * from the shrunk run fails against the faulty server when replayed by the scenario interpreter.
 */
class SyncFaultsIT {
    /** A handful: the most actions a shrunk failure may keep. */
    private static final int HANDFUL = 8;
    /** Seeded runs are probed without shrinking; the shortest failure found is then shrunk. */
    private static final SyncConfig PROBE = SyncConfig.DEFAULTS.withSteps(100).withPushTimeout(Duration.ofMillis(800))
            .withShrinkAttempts(0);
    /** 40 replays reach a handful of steps; each failing IDLE replay costs a push timeout. */
    private static final SyncConfig CONFIG = PROBE.withShrinkAttempts(40);

    @ParameterizedTest(name = "{0} is caught as {1}")
    @CsvSource({
            "EXPUNGE_NO_DECREMENT, SEQUENCE_IN_RANGE|EXPUNGE_REPORTS_REMOVED|SIZE_UPDATE",
            "UID_REUSE, UID_ASCENDING",
            "UIDNEXT_STALE, UIDNEXT_ABOVE_UIDS",
            "UIDVALIDITY_REUSED, UID_ASCENDING|UIDNEXT_ABOVE_UIDS",
            "FLAG_UPDATE_NOT_BROADCAST, FLAG_UPDATE",
            "EXISTS_NOT_SENT, IDLE_PUSH|SIZE_UPDATE",
            "IDLE_NO_EXISTS, IDLE_PUSH",
            "EXPUNGE_DURING_FETCH, EXPUNGE_WHEN_ALLOWED",
            "MODSEQ_NOT_INCREASED, MODSEQ_INCREASES",
    })
    void faultIsCaughtAndShrunk(Fault fault, String rules) {
        List<Rule> expected = java.util.Arrays.stream(rules.split("\\|")).map(Rule::valueOf).toList();
        try (var server = FaultyServers.start(List.of(fault))) {
            SyncChecker.Report found = null;
            for (long seed = 1; seed <= 8; seed++) {
                SyncChecker.Report r = new SyncChecker(server.target(), PROBE).check(seed);
                if (!r.passed() && (found == null || r.original().steps() < found.original().steps())) {
                    found = r;
                }
                if (found != null && found.original().steps() <= 25) {
                    break;
                }
            }
            assertNotNull(found, fault + " went unnoticed for seeds 1..8");
            SyncChecker.Report report = new SyncChecker(server.target(), CONFIG).shrink(found);
            assertFalse(report.passed());
            System.out.printf("sync fault %-26s caught as %-24s seed %d: %3d steps -> shrunk to %d steps on %d devices"
                            + " (%d replays, %d ms)%n", fault.cliName(), report.original().first().rule(), report.seed(),
                    report.original().steps(), report.shrunk().steps(), report.shrunk().devicesUsed(),
                    report.shrinkReplays(), report.elapsed().toMillis());
            assertTrue(expected.contains(report.original().first().rule()), report.original().first().describe());
            assertEquals(report.original().first().rule(), report.shrunk().first().rule());
            assertTrue(report.shrunk().steps() <= HANDFUL, "shrunk to " + report.shrunk().steps() + " steps:\n"
                    + report.scenario());

            ScenarioResult replay = new ScenarioRunner(server.target(), RunOptions.DEFAULTS)
                    .run(ScenarioParser.parse(fault.cliName() + ".imap", report.scenario()));
            System.out.println("  replay of the written scenario: " + replay.kind());
            assertTrue(replay.outcome() instanceof Outcome.Failed,
                    "the replay should fail against the faulty server:\n" + report.scenario() + "\n" + replay.describe());
        }
    }

    /** FAULTS.md credits this test with exactly the faults of the table above. */
    @Test
    void theFaultsCaughtHereAreThoseFaultsMdCredits() throws NoSuchMethodException {
        CsvSource rows = SyncFaultsIT.class.getDeclaredMethod("faultIsCaughtAndShrunk", Fault.class, String.class)
                .getAnnotation(CsvSource.class);
        Set<Fault> here = EnumSet.noneOf(Fault.class);
        for (String row : rows.value()) {
            here.add(Fault.valueOf(row.split(",")[0].strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        assertEquals(FaultDetection.caughtBy(FaultDetection.Suite.SYNC), here);
    }
}
