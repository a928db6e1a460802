package org.imapharness.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imapharness.core.dovecot.Dovecot;
import org.imapharness.core.engine.ImapScenarioEngine;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The RFC 3501 suite through the {@code imap-scenarios} engine: every scenario passes against
 * the embedded reference server, and against Dovecot every scenario passes except those listed
 * in {@code dovecot-deviations.txt} (each with its RFC reasoning), which must fail — so a
 * regression in either direction is caught.
 */
class Rfc3501SuiteIT {
    private static final String SUITE = "scenarios.rfc3501";
    /** Keeps the suite from shrinking unnoticed (a file dropped by a bad merge, a broken resource path). */
    private static final int AT_LEAST = 215;

    @Test
    void everyScenarioPassesAgainstTheEmbeddedServer() {
        EngineExecutionResults results = EngineTestKit.engine(ImapScenarioEngine.ID)
                .configurationParameter("imap.target", "embedded")
                .selectors(selectPackage(SUITE)).execute();
        summarize("embedded", results);
        assertEquals(Set.of(), notPassed(results), () -> reports(results));
    }

    @Test
    void againstDovecotOnlyTheListedDeviationsFail() throws IOException {
        Dovecot dovecot = Dovecot.get();
        EngineExecutionResults results = EngineTestKit.engine(ImapScenarioEngine.ID)
                .configurationParameter("imap.target", "imaps://localhost:" + dovecot.tlsPort())
                .configurationParameter("imap.certificate", dovecot.certificate().toString())
                .configurationParameter("imap.user-template", "user%d")
                .configurationParameter("imap.password", Dovecot.PASSWORD)
                // Dovecot delays logins from an address after failed ones (up to 15 s, its auth
                // penalty); other suites sharing this instance provoke it on purpose.
                .configurationParameter("imap.timeout", "30s")
                .selectors(selectPackage(SUITE)).execute();
        summarize("Dovecot", results);
        assertEquals(deviations(), notPassed(results), () -> reports(results));
    }

    /** Prints the score for the build log and checks the suite did not shrink. */
    private static void summarize(String target, EngineExecutionResults results) {
        long started = results.testEvents().started().count();
        System.out.printf("RFC 3501 suite against %s: %d passed, %d failed, %d skipped of %d%n", target,
                results.testEvents().succeeded().count(), results.testEvents().failed().count(),
                results.testEvents().aborted().count(), started);
        assertTrue(started >= AT_LEAST, () -> "only " + started + " scenarios ran; the suite has at least " + AT_LEAST);
    }

    /** File names of the scenarios that did not pass (failed, errored or skipped). */
    private static Set<String> notPassed(EngineExecutionResults results) {
        return results.testEvents().finished().stream()
                .filter(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getStatus()
                        != TestExecutionResult.Status.SUCCESSFUL)
                .map(e -> e.getTestDescriptor().getLegacyReportingName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String reports(EngineExecutionResults results) {
        return results.testEvents().finished().stream()
                .map(Event::getPayload)
                .flatMap(p -> p.stream())
                .map(TestExecutionResult.class::cast)
                .flatMap(r -> r.getThrowable().stream())
                .map(Throwable::getMessage)
                .collect(Collectors.joining("\n\n"));
    }

    /** The file names listed in {@code dovecot-deviations.txt}: the first word of each non-comment line. */
    private static Set<String> deviations() throws IOException {
        try (InputStream in = Rfc3501SuiteIT.class.getResourceAsStream("/dovecot-deviations.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
