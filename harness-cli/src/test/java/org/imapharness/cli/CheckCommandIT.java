package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imap-harness check} end to end against the embedded reference server: one run, one summary, exit codes. */
class CheckCommandIT {
    /** A thin slice of every suite, so the test stays short: §6.1.2 scenarios, the injection checks, sync, fuzz. */
    private static final String SLICE = "rfc3501-6.1.2 | security-injection | suite-sync | suite-fuzz";

    @TempDir
    Path out;

    private final CommandOutput output = new CommandOutput();

    private int run(String... args) {
        return output.run(new CheckCommand(), out, args);
    }

    @Test
    void theSuitesRunAsOneRunWithOneSummaryAndOneReportDirectory() throws IOException {
        assertEquals(0, run("--tag", SLICE, "--seed", "42", "--devices", "2", "--duration", "5s"));
        String summary = output.stdout();
        assertTrue(summary.contains("check: ") && summary.contains(" 0 failed, 0 errored"), summary);
        assertTrue(summary.contains("check, by suite:"), summary);
        assertTrue(summary.matches("(?s).*\n  conformance +[1-9]\\d* passed, 0 failed, 0 errored.*"), summary);
        assertTrue(summary.matches("(?s).*\n  security +[1-9]\\d* passed, 0 failed, 0 errored.*"), summary);
        assertTrue(summary.matches("(?s).*\n  sync +[1-9]\\d* passed, 0 failed, 0 errored.*"), summary);
        assertTrue(summary.contains("measure sync devices: 2"), "--devices reaches the sync run: " + summary);
        assertTrue(summary.matches("(?s).*\n  fuzz +1 passed, 0 failed, 0 errored.*"), summary);
        assertTrue(summary.contains("reports: " + out.toAbsolutePath()), summary);
        assertTrue(summary.strip().endsWith("exit 0: every MUST requirement passed"), summary);
        assertTrue(output.stderr().contains("seed 42"), "the seed is printed so the run replays: " + output.stderr());
        assertTrue(Files.readString(out.resolve("junit/TEST-imap-scenarios.xml")).contains("6.1.2"));
        assertTrue(Files.readString(out.resolve("junit/TEST-imap-security.xml")).contains("injection-"));
    }

    @Test
    void aFaultyServerIsExitCodeOneWithTheFailureCountedInItsSuite() {
        assertEquals(1, run("--target", "embedded?fault=peek-sets-seen", "--tag", "rfc3501-6.4.5",
                "--skip", "security"));
        String summary = output.stdout();
        assertTrue(summary.matches("(?s).*\n  conformance +\\d+ passed, [1-9]\\d* failed \\([1-9]\\d* MUST\\).*"),
                summary);
        assertTrue(summary.contains("\n  security") && summary.contains("skipped (--skip)"), summary);
        assertTrue(summary.strip().endsWith("exit 1: a MUST requirement failed or could not be checked"), summary);
    }

    @Test
    void aBaselineWithTheSameFailuresGatesToExitCodeZero() throws IOException {
        assertEquals(1, run("--target", "embedded?fault=peek-sets-seen", "--tag", "rfc3501-6.4.5", "--skip", "security"));
        Path previous = Files.copy(out.resolve("run.json"), out.resolveSibling(out.getFileName() + "-baseline.json"));
        try {
            assertEquals(0, run("--target", "embedded?fault=peek-sets-seen", "--tag", "rfc3501-6.4.5",
                    "--skip", "security", "--baseline", previous.toString()));
            assertTrue(output.stdout().strip().endsWith("exit 0: no regression against the baseline"),
                    output.stdout());
        } finally {
            Files.delete(previous);
        }
    }

    @Test
    void usageMistakesAreExitCodeTwoInOneLine() {
        assertEquals(2, run("--skip", "conformance,nope"));
        assertEquals("check: unknown suite \"nope\"; the suites are [conformance, security, sync, fuzz]",
                output.stderr().strip());
        assertEquals(2, run("--devices", "0"));
        assertTrue(output.stderr().contains("--devices must be 1 to 500"), output.stderr());
        assertEquals(2, run("--duration", "soon"));
        assertTrue(output.stderr().contains("expected a duration such as 500ms, 20s, 5m"), output.stderr());
        assertEquals(2, run("--baseline", out.resolve("missing.json").toString()));
        assertTrue(output.stderr().contains("--baseline: "), output.stderr());
        assertEquals(2, run("--target", "embedded?fault=no-such-fault"));
        assertTrue(output.stderr().contains("unknown fault 'no-such-fault'"), output.stderr());
    }

    @Test
    void helpShowsEveryFlagExamplesAndExitCodes() {
        assertEquals(0, run("--help"));
        String help = output.stdout();
        for (String flag : new String[] {"--target", "--user", "--password", "--password-file", "--insecure", "--tag",
                "--seed", "--duration", "--devices", "--harsh", "--out", "Examples:", "Exit codes:"}) {
            assertTrue(help.contains(flag), flag + " in " + help);
        }
    }
}
