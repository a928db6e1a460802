package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imapharness.cli.SuiteTestResult.Status;
import org.junit.jupiter.api.Test;

/** How a run's results become an exit code (0 every MUST passed, 1 a MUST broke, 2 nothing checked). */
class SuiteLauncherTest {
    private static final Path XML = Path.of("out/junit");

    private static SuiteTestResult result(Status status, String problem, String... tags) {
        return new SuiteTestResult("t.imap: t", Set.of(tags), status, "", problem);
    }

    private static SuiteLauncher.Outcome judge(SuiteTestResult... results) {
        return SuiteLauncher.Outcome.judge(List.of(results), Map.of(), XML);
    }

    @Test
    void onlyMustOrUnlevelledFailuresBreakTheExitCode() {
        assertEquals(0, judge(result(Status.PASSED, "", "MUST"), result(Status.FAILED, "", "SHOULD")).exitCode());
        assertEquals(0, judge(result(Status.PASSED, "", "MUST"), result(Status.SKIPPED, "", "MUST")).exitCode());
        assertEquals(1, judge(result(Status.PASSED, "", "SHOULD"), result(Status.FAILED, "", "MUST")).exitCode());
        assertEquals(1, judge(result(Status.PASSED, "", "MUST"), result(Status.FAILED, "")).exitCode(),
                "a broken scenario file has no level and must not pass silently");
        assertEquals(1, judge(result(Status.PASSED, "", "MUST"), result(Status.ERRORED, "login refused", "MUST"))
                .exitCode(), "a MUST that could not be checked is not a pass");
    }

    @Test
    void nothingCheckedIsExitCodeTwoWithEachProblemOnce() {
        SuiteLauncher.Outcome outcome = judge(result(Status.ERRORED, "cannot connect", "MUST"),
                result(Status.ERRORED, "cannot connect", "SHOULD"), result(Status.SKIPPED, "", "MUST"));
        assertEquals(2, outcome.exitCode());
        assertEquals("cannot connect", outcome.problem());
        assertEquals(2, judge().exitCode());
        assertEquals("no test matched the selection", judge().problem());
        assertEquals(2, judge(result(Status.SKIPPED, "no Docker engine", "MUST")).exitCode(),
                "a target that cannot run here checks nothing");
    }

    @Test
    void everythingSkippedForOrdinaryReasonsIsNotAFailure() {
        assertEquals(0, judge(result(Status.SKIPPED, "", "MUST", "cap-IDLE")).exitCode());
    }
}
