package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imap-harness conformance} end to end against the real embedded server, its exit codes and its summary. */
class ConformanceCommandIT {
    @TempDir
    Path out;

    private final CommandOutput output = new CommandOutput();

    private int run(String... args) {
        return output.run(new ConformanceCommand(), out, args);
    }

    @Test
    void aCorrectServerPassesWithSectionsCapabilitiesAndJunitXml() throws IOException {
        assertEquals(0, run("--tag", "rfc3501-6.1.2 | rfc3501-6.3.1"));
        String summary = output.stdout();
        assertTrue(summary.contains("conformance: ") && summary.contains(" 0 failed, 0 errored"), summary);
        assertTrue(summary.contains("RFC 3501") && summary.matches("(?s).*6\\.1\\.2 \\d+/0/0.*"), summary);
        assertTrue(summary.contains("capabilities advertised: ") && summary.contains("IMAP4REV1"), summary);
        assertTrue(summary.contains("capabilities untested: ") && summary.contains("IDLE"), summary);
        Path xml = out.resolve("junit/TEST-imap-scenarios.xml");
        assertTrue(Files.readString(xml).contains("6.3.1-select-responses.imap"), "JUnit XML written to " + xml);
    }

    @Test
    void aFaultyServerFailsWithExitCodeOneAndTheFailureShown() {
        assertEquals(1, run("--target", "embedded?fault=peek-sets-seen", "--tag", "rfc3501-6.4.5"));
        String summary = output.stdout();
        assertTrue(summary.contains("FAILED ") && summary.contains("[MUST]"), summary);
        assertTrue(summary.matches("(?s).*6\\.4\\.5 \\d+/[1-9]\\d*/\\d+!.*"), "section marked failed: " + summary);
    }

    @Test
    void anUnreachableTargetIsExitCodeTwoWithItsProblemPrintedOnce() {
        assertEquals(2, run("--target", "imap://127.0.0.1:1?tls=none", "--user", "u", "--password", "p",
                "--tag", "rfc3501-6.1.2 | rfc3501-6.3.1"));
        String summary = output.stdout();
        assertTrue(summary.contains("nothing was checked: "), summary);
        String problem = summary.substring(summary.indexOf("nothing was checked: ")).lines().findFirst().orElseThrow();
        assertTrue(problem.contains("127.0.0.1:1"), "names the endpoint: " + problem);
        assertEquals(1, summary.split("127\\.0\\.0\\.1:1\\b", -1).length - 1, "printed once: " + summary);
    }

    @Test
    void anUnknownFaultIsExitCodeTwoListingTheValidOnes() {
        assertEquals(2, run("--target", "embedded?fault=no-such-fault", "--tag", "rfc3501-6.1.2"));
        assertTrue(output.stdout().contains("unknown fault 'no-such-fault'; valid faults: expunge-no-decrement"),
                output.stdout());
    }

    @Test
    void aBrokenScenarioFileFailsWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.imap"), "name: broken on purpose\nrfc: 3501 6.1.2 MUST\n\nC: NOOP\nS: OK (\n");
        assertEquals(1, run("--scenarios", dir.toString(), "--tag", "rfc3501-6.1.2"));
        assertTrue(output.stdout().contains("broken.imap:5:"), output.stdout());
    }

    @Test
    void usageMistakesAreExitCodeTwo() {
        assertEquals(2, run("--tag", "MUST &"));
        assertTrue(output.stderr().contains("--tag"), output.stderr());
        assertEquals(2, run("--scenarios", out.resolve("missing").toString()));
        assertTrue(output.stderr().contains("not a directory"), output.stderr());
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(output.stdout().contains("Examples:") && output.stdout().contains("embedded?fault="), output.stdout());
    }
}
