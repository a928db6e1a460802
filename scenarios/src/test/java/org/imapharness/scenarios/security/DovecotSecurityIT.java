package org.imapharness.scenarios.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.imapharness.core.dovecot.Dovecot;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The suite against Dovecot over both its ports: every check's status must be the one listed,
 * with its reasoning, in {@code dovecot-security-results.txt}, so a change either way is seen.
 */
class DovecotSecurityIT {

    @Test
    void everyResultIsTheListedOne() throws IOException {
        Dovecot dovecot = Dovecot.get();
        var results = EngineTestKit.engine(ImapSecurityEngine.ID)
                .configurationParameter("imap.target", "imap://localhost:" + dovecot.port())
                .configurationParameter("imap.security.second-target", "imaps://localhost:" + dovecot.tlsPort())
                .configurationParameter("imap.certificate", dovecot.certificate().toString())
                .configurationParameter("imap.user-template", "user%d")
                .configurationParameter("imap.password", Dovecot.PASSWORD)
                .configurationParameter("imap.timeout", "20s")
                .configurationParameter("imap.security.harsh", "true")
                .configurationParameter("imap.security.close-bound", "5s")
                .configurationParameter("imap.security.autologout-probe", "3s")
                .configurationParameter("imap.security.slowloris-interval", "500ms")
                .selectors(selectPackage("org.imapharness.scenarios.security")).execute();
        Map<String, String> outcomes = SecurityRuns.outcomes(results);
        Map<String, String> evidence = SecurityRuns.evidence(results);
        outcomes.forEach((k, v) -> System.out.println("dovecot " + k + " -> " + v.split(":", 2)[0] + ": "
                + evidence.getOrDefault(k, v)));
        Map<String, String> status = new TreeMap<>();
        outcomes.forEach((k, v) -> status.put(k, v.split(":", 2)[0]));
        assertEquals(expected(), status);
    }

    /** {@code check-id STATUS  reasoning} lines; {@code #} starts a comment. */
    private static Map<String, String> expected() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        try (InputStream in = DovecotSecurityIT.class.getResourceAsStream("/dovecot-security-results.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split("\\s+", 3);
                    expected.put(parts[0], parts[1]);
                }
            }
        }
        return expected;
    }
}
