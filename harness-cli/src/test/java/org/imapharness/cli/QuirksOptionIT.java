package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --quirks} against GreenMail, which ends status responses such as {@code * OK [UIDVALIDITY 1]}
 * without the text RFC 3501 §9 requires: strict, that fails the SELECT scenarios; tolerated, the
 * scenarios are judged on the rest and the summary counts the deviation.
 */
class QuirksOptionIT {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL =
            new GreenMailExtension(ServerSetupTest.IMAP.createCopy("127.0.0.1").dynamicPort())
                    .withPerMethodLifecycle(false);
    private static final Pattern TOTALS = Pattern.compile("conformance: (\\d+) passed, (\\d+) failed");

    @TempDir
    Path out;

    private final CommandOutput output = new CommandOutput();

    @Test
    void aToleratedQuirkIsCountedInsteadOfFailingTheScenarios() {
        for (int n = 1; n <= 3; n++) {
            GREENMAIL.setUser("user" + n + "@example.com", "user" + n, "secret");
        }
        String[] target = {"--target", "imap://127.0.0.1:" + GREENMAIL.getImap().getPort() + "?tls=none",
            "--user-template", "user%d", "--password", "secret", "--tag", "rfc3501-6.3.1"};
        assertEquals(1, output.run(new ConformanceCommand(), out.resolve("strict"), target));
        int strictFailed = failed(output.stdout());
        assertTrue(strictFailed > 0 && output.stdout().contains("resp-text"), output.stdout());

        CommandOutput tolerant = new CommandOutput();
        tolerant.run(new ConformanceCommand(), out.resolve("tolerant"),
                concat(target, "--quirks", "missing-space-before-text"));
        assertTrue(failed(tolerant.stdout()) < strictFailed, tolerant.stdout());
        assertTrue(tolerant.stdout().matches("(?s).*quirk missing space before text: [1-9]\\d*.*"), tolerant.stdout());
    }

    @Test
    void anUnknownQuirkIsAUsageErrorListingTheKnownOnes() {
        assertEquals(2, output.run(new ConformanceCommand(), out, "--quirks", "trailing-space,no-such-quirk"));
        assertTrue(output.stderr().contains("--quirks: unknown quirk 'no-such-quirk'")
                && output.stderr().contains("missing-space-before-text"), output.stderr());
    }

    private static int failed(String summary) {
        Matcher m = TOTALS.matcher(summary);
        assertTrue(m.find(), summary);
        return Integer.parseInt(m.group(2));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
