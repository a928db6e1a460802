package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code imap-harness security} end to end against the embedded reference server: exit codes, summary, flags. */
class SecurityCommandIT {
    @TempDir
    Path out;

    private final CommandOutput output = new CommandOutput();

    private int run(String... args) {
        return output.run(new SecurityCommand(), out, args);
    }

    @Test
    void theReferenceServerPassesAndJunitXmlIsWritten() throws IOException {
        assertEquals(0, run("--tag", "security-injection"));
        assertTrue(output.stdout().contains(" 0 failed"), output.stdout());
        assertTrue(output.stderr().contains("harsh checks skipped"), output.stderr());
        String xml = Files.readString(out.resolve("junit/TEST-imap-security.xml"));
        assertTrue(xml.contains("injection-crlf-echo") && xml.contains("injection-tag"), xml);
    }

    @Test
    void aFaultyServerFailsAMustCheckWithExitCodeOne() {
        assertEquals(1, run("--target", "embedded?fault=tag-unchecked", "--tag", "security-injection"));
        assertTrue(output.stdout().contains("injection-tag"), output.stdout());
    }

    @Test
    void harshChecksRunOnlyWhenAsked() throws IOException {
        assertEquals(0, run("--tag", "harsh"));
        String skipped = Files.readString(out.resolve("junit/TEST-imap-security.xml"));
        assertTrue(skipped.contains("<skipped") && skipped.contains("--harsh"), skipped);
    }

    @Test
    void flagsBecomeEngineParameters() {
        SecurityCommand command = new SecurityCommand();
        new CommandLine(command).parseArgs("--target", "imap://mail.example:143", "--second-target",
                "imaps://mail.example:993", "--harsh", "--timeout", "20s", "--close-bound", "3m",
                "--autologout-probe", "31m", "--user", "u", "--password", "p");
        Map<String, String> p = command.parameters();
        assertEquals("imap://mail.example:143", p.get("imap.target"));
        assertEquals("imaps://mail.example:993", p.get("imap.security.second-target"));
        assertEquals("true", p.get("imap.security.harsh"));
        assertEquals("20000ms", p.get("imap.timeout"));
        assertEquals("180000ms", p.get("imap.security.close-bound"));
        assertEquals("1860000ms", p.get("imap.security.autologout-probe"));
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        assertEquals(0, run("--help"));
        String help = output.stdout();
        assertTrue(help.contains("imap-harness security --target 'embedded?fault=starttls-keeps-pipelined'"), help);
        assertTrue(help.contains("--harsh") && help.contains("Exit codes: 0"), help);
    }

    @Test
    void anUnknownFaultIsExitCodeTwo() {
        assertEquals(2, run("--target", "embedded?fault=no-such-fault", "--tag", "security-injection"));
    }
}
