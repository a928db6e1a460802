package org.imapharness.scenarios.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.imapharness.server.RunningServer;
import org.junit.jupiter.api.Test;

/**
 * Every check, harsh ones included, passes against the reference server with its DEFAULT
 * settings (60 s pre-login timeout, 30 min autologout). The three session checks wait for the
 * server's own timers, so they run beside the rest, each in its own engine run against the same
 * server: the whole proof takes about as long as the slowest of them (~65 s), not their sum.
 */
class ReferenceServerSecurityIT {
    private static final List<String> WAITING = List.of("session-autologout-floor", "session-idle-closed",
            "session-slowloris");

    @Test
    void everyCheckPassesWithDefaults() {
        // Own threads: the common pool has one worker on a 2-core machine and would run them in turn.
        ExecutorService threads = Executors.newFixedThreadPool(WAITING.size());
        try (RunningServer server = SecurityRuns.server(b -> { })) {
            // close-bound above the server's 60 s pre-login timeout; the autologout probe keeps its default 65 s.
            Map<String, String> waiting = Map.of("imap.security.harsh", "true", "imap.security.close-bound", "75s",
                    "imap.security.autologout-probe", "65s", "imap.security.slowloris-interval", "5s");
            List<CompletableFuture<Map<String, String>>> runs = WAITING.stream()
                    .map(check -> CompletableFuture.supplyAsync(() -> SecurityRuns.outcomes(
                            SecurityRuns.run(server, waiting, check)), threads))
                    .collect(Collectors.toList());
            String[] rest = SecurityChecks.all().stream().map(c -> c.info().id()).filter(id -> !WAITING.contains(id))
                    .toArray(String[]::new);
            Map<String, String> outcomes = new TreeMap<>(SecurityRuns.outcomes(SecurityRuns.run(server,
                    Map.of("imap.security.harsh", "true"), rest)));
            runs.forEach(run -> outcomes.putAll(run.join()));
            outcomes.forEach((k, v) -> System.out.println(k + " -> " + v));
            assertEquals(SecurityChecks.all().size(), outcomes.size());
            Map<String, String> notPassed = outcomes.entrySet().stream().filter(e -> !e.getValue().equals("SUCCESSFUL"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertTrue(notPassed.isEmpty(), () -> String.join("\n", notPassed.values()));
        } finally {
            threads.shutdownNow();
        }
    }
}
