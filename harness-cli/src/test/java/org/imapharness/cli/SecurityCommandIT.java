package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SecurityCommand())
                .setOut(new PrintWriter(stdout, true)).setErr(new PrintWriter(stderr, true));
        String[] all = new String[args.length + 2];
        all[0] = "--out";
        all[1] = out.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = cli.execute(all);
        System.out.println(stderr);
        System.out.println(stdout);
        return exit;
    }

    @Test
    void theReferenceServerPassesAndJunitXmlIsWritten() throws IOException {
        assertEquals(0, run("--tag", "security-injection"));
        assertTrue(stdout.toString().contains(" 0 failed"), stdout.toString());
        assertTrue(stderr.toString().contains("harsh checks skipped"), stderr.toString());
        String xml = Files.readString(out.resolve("junit/TEST-imap-security.xml"));
        assertTrue(xml.contains("injection-crlf-echo") && xml.contains("injection-tag"), xml);
    }

    @Test
    void aFaultyServerFailsAMustCheckWithExitCodeOne() {
        assertEquals(1, run("--target", "embedded?fault=tag-unchecked", "--tag", "security-injection"));
        assertTrue(stdout.toString().contains("injection-tag"), stdout.toString());
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
        StringWriter help = new StringWriter();
        int exit = new CommandLine(new SecurityCommand()).setOut(new PrintWriter(help, true)).execute("--help");
        assertEquals(0, exit);
        assertTrue(help.toString().contains("imap-harness security --target 'embedded?fault=starttls-keeps-pipelined'"),
                help.toString());
        assertTrue(help.toString().contains("--harsh") && help.toString().contains("Exit codes: 0"), help.toString());
    }

    @Test
    void anUnknownFaultIsExitCodeTwo() {
        assertEquals(2, run("--target", "embedded?fault=no-such-fault", "--tag", "security-injection"));
    }
}
