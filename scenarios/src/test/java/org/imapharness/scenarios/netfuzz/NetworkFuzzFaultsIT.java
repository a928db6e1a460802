package org.imapharness.scenarios.netfuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.imapharness.core.fuzz.Finding;
import org.imapharness.core.fuzz.FuzzFailure;
import org.imapharness.core.fuzz.FuzzOptions;
import org.imapharness.core.fuzz.FuzzReport;
import org.imapharness.core.fuzz.NetworkFuzzer;
import org.imapharness.core.scenario.Outcome;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.ScenarioResult;
import org.imapharness.core.scenario.run.RunOptions;
import org.imapharness.core.scenario.run.ScenarioRunner;
import org.imapharness.core.scenario.text.ScenarioParser;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultDetection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each reference-server fault that breaks reading commands or literals is caught by the network
 * fuzzer, shrunk to a short command, and its replay scenario fails against the faulty server
 * (and, where the expected status does not depend on the fault, passes against a correct one).
 */
class NetworkFuzzFaultsIT {

    @ParameterizedTest(name = "{0} is caught as {1}")
    @CsvSource({
        "literal-no-continuation, NO_ANSWER, true",
        "literal-plus-waits, UNEXPECTED_CONTINUATION, true",
        "literal-count-off-by-one, NOT_EQUIVALENT, true",
        // The replay expects the status the quoted form got under the fault (see docs/fuzzing.md).
        "quoted-escape-ignored, NOT_EQUIVALENT, false",
    })
    void faultIsCaughtShrunkAndReplayed(String fault, Finding.Kind kind, boolean replayPassesWhenFixed)
            throws Exception {
        FuzzOptions options = FuzzOptions.defaults(42).withDuration(Duration.ofSeconds(90)).withMaxCommands(4000)
                .withTimeout(Duration.ofSeconds(2)).withMaxFailures(1).withMix(30, 25);
        FuzzReport report;
        try (Target faulty = Targets.open(TargetOptions.of("embedded?fault=" + fault, null))) {
            report = new NetworkFuzzer(faulty, options, line -> { }).run();
            assertFalse(report.passed(), () -> fault + " went unnoticed:\n" + report.summary());
            FuzzFailure failure = report.failures().get(0);
            assertEquals(kind, failure.finding().kind(), report::summary);
            assertTrue(failure.reproduced(), failure::describe);
            assertTrue(failure.shrunk().bytes().length < 120, () -> "not shrunk far: " + failure.describe());

            ScenarioResult underFault = replay(faulty, failure);
            assertEquals(Outcome.Kind.FAILED, underFault.kind(), underFault::describe);
        }
        if (replayPassesWhenFixed) {
            try (Target correct = Targets.open(TargetOptions.of("embedded", null))) {
                ScenarioResult fixed = replay(correct, report.failures().get(0));
                assertEquals(Outcome.Kind.PASSED, fixed.kind(), fixed::describe);
            }
        }
    }

    private static ScenarioResult replay(Target target, FuzzFailure failure) {
        Scenario scenario = ScenarioParser.parse("replay.imap", failure.replay());
        return new ScenarioRunner(target, RunOptions.DEFAULTS.withResponseTimeout(Duration.ofSeconds(2))).run(scenario);
    }

    /** FAULTS.md credits this test with exactly the faults of the table above. */
    @Test
    void theFaultsCaughtHereAreThoseFaultsMdCredits() throws NoSuchMethodException {
        CsvSource rows = NetworkFuzzFaultsIT.class.getDeclaredMethod("faultIsCaughtShrunkAndReplayed", String.class,
                Finding.Kind.class, boolean.class).getAnnotation(CsvSource.class);
        Set<Fault> here = EnumSet.noneOf(Fault.class);
        for (String row : rows.value()) {
            here.add(Fault.valueOf(row.split(",")[0].strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        assertEquals(FaultDetection.caughtBy(FaultDetection.Suite.FUZZ), here);
    }
}
