package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line end to end: the demo drives the bundled server over real TLS sockets. */
class ImapHarnessIT {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
        originalOut.print(captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoAgainstTheBundledServerSucceedsWithoutParseProblems() {
        int exit = ImapHarness.run("demo");
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        assertTrue(out.contains("parse problems: 0, quirks: 0, failed steps: 0"), out);
        assertTrue(out.contains("1 EXISTS") && out.contains("2 EXISTS pushed"), out);
        assertTrue(out.contains("LOGIN ***") || out.contains("***"), "password redacted in transcript: " + out);
    }

    @Test
    void unreachableHostIsAUsageErrorWithAClearMessage() {
        assertEquals(2, ImapHarness.run("demo", "--host", "127.0.0.1", "--port", "1", "--quiet"));
    }

    @Test
    void helpListsTheSubcommands() {
        assertEquals(0, ImapHarness.run("--help"));
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("demo") && out.contains("serve"), out);
    }
}
