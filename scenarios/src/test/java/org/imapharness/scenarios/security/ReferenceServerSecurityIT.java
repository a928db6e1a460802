package org.imapharness.scenarios.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.imapharness.server.RunningServer;
import org.junit.jupiter.api.Test;

/**
 * Every check, harsh ones included, passes against the reference server with its DEFAULT
 * settings (60 s pre-login timeout, 30 min autologout). The three session checks wait for the
 * server's own timers; the engine runs them beside the rest, so this one run takes about as long
 * as the slowest of them (~65 s), not their sum.
 */
class ReferenceServerSecurityIT {

    @Test
    void everyCheckPassesWithDefaults() {
        try (RunningServer server = SecurityRuns.server(b -> { })) {
            // close-bound above the server's 60 s pre-login timeout; the autologout probe keeps its default 65 s.
            Map<String, String> settings = Map.of("imap.security.harsh", "true", "imap.security.close-bound", "75s",
                    "imap.security.autologout-probe", "65s", "imap.security.slowloris-interval", "5s");
            String[] all = SecurityChecks.all().stream().map(c -> c.info().id()).toArray(String[]::new);
            Map<String, String> outcomes = new TreeMap<>(SecurityRuns.outcomes(SecurityRuns.run(server, settings, all)));
            outcomes.forEach((k, v) -> System.out.println(k + " -> " + v));
            assertEquals(SecurityChecks.all().size(), outcomes.size());
            Map<String, String> notPassed = outcomes.entrySet().stream().filter(e -> !e.getValue().equals("SUCCESSFUL"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertTrue(notPassed.isEmpty(), () -> String.join("\n", notPassed.values()));
        }
    }
}
