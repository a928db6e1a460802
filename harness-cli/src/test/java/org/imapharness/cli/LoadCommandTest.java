package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How {@code load}'s flags become the {@code load.*} settings of the simulations. */
class LoadCommandTest {
    @TempDir
    Path dir;

    private static LoadCommand parse(String... args) {
        LoadCommand command = new LoadCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void embeddedDefaults() throws IOException {
        Map<String, String> p = parse("--duration", "1m30s").properties(dir);
        assertEquals("embedded", p.get("load.target"));
        assertEquals("open", p.get("load.model"));
        assertEquals("90s", p.get("load.duration"));
        assertTrue(!p.containsKey("load.credentials") && !p.containsKey("load.tls"), p.toString());
        assertTrue(!p.containsKey("load.tls-resumption"), "full TLS handshakes unless asked");
        assertEquals("true", parse("--tls-resumption").properties(dir).get("load.tls-resumption"));
    }

    @Test
    void anImapsTargetWithATemplateWritesTheAccountsFile() throws IOException {
        Map<String, String> p = parse("--target", "imaps://mail.example.test:993", "--user-template", "load%d",
                "--password", "pw-%d", "--accounts", "3", "--insecure", "--mix", "phone:100",
                "--set", "fetch.size=2000").properties(dir);
        assertEquals("mail.example.test:993", p.get("load.target"));
        assertEquals("implicit", p.get("load.tls"));
        assertEquals("insecure", p.get("load.trust"));
        assertEquals("phone:100", p.get("load.mix"));
        assertEquals("2000", p.get("load.fetch.size"));
        assertEquals(List.of("user,password", "load1,pw-1", "load2,pw-2", "load3,pw-3"),
                Files.readAllLines(Path.of(p.get("load.credentials")), StandardCharsets.UTF_8));
    }

    @Test
    void imapMeansStartTlsUnlessTlsIsNone() throws IOException {
        assertEquals("starttls", parse("--target", "imap://h:143", "--user", "u", "--password", "p").properties(dir).get("load.tls"));
        assertEquals("plain", parse("--target", "imap://h:143?tls=none", "--user", "u").properties(dir).get("load.tls"));
    }

    @Test
    void anExternalTargetNeedsCredentials() {
        UsageProblem e = assertThrows(UsageProblem.class, () -> parse("--target", "imaps://h:993").properties(dir));
        assertTrue(e.getMessage().contains("--user"), e.getMessage());
    }

    @Test
    void aTargetWithoutAPortIsAUsageProblem() {
        UsageProblem e = assertThrows(UsageProblem.class, () -> parse("--target", "imaps://h", "--user", "u").properties(dir));
        assertTrue(e.getMessage().startsWith("--target imaps://h:"), e.getMessage());
    }

    @Test
    void anUnknownSimulationExitsWithTwo() {
        assertEquals(2, ImapHarness.run("load", "--simulation", "nope", "--out", dir.toString()));
        assertEquals(2, ImapHarness.run("load", "--duration", "ten", "--out", dir.toString()));
    }
}
