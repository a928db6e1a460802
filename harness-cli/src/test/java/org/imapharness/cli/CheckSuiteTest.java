package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckSuiteTest {
    private static final CheckSuite CONFORMANCE = CheckSuite.named("conformance");
    private static final CheckSuite SECURITY = CheckSuite.named("security");

    @Test
    void resultsGoToTheSuiteOfTheirSuiteTagAndUntaggedOnesToConformance() {
        List<CheckSuite> ran = List.of(CONFORMANCE, SECURITY);
        Set<String> securityTags = Set.of("suite-security", "MUST", "rfc3501-6.2.1");
        Set<String> scenarioTags = Set.of("MUST", "rfc3501-6.2.1");
        assertTrue(SECURITY.owns(securityTags, ran));
        assertFalse(CONFORMANCE.owns(securityTags, ran));
        assertTrue(CONFORMANCE.owns(scenarioTags, ran));
        assertFalse(SECURITY.owns(scenarioTags, ran));
    }

    @Test
    void theScenarioAndSecurityEnginesAreOnTheClassPath() {
        Set<String> engines = CheckSuite.enginesOnClasspath();
        assertTrue(engines.containsAll(Set.of("imap-scenarios", "imap-security")), engines.toString());
    }

    @Test
    void timedSuitesGetTheBudgetDevicesAndSeed() {
        CheckSettings settings = new CheckSettings(Duration.ofSeconds(90), 5, 42, true, Path.of("out"));
        Map<String, String> sync = CheckSuite.named("sync").parameters().apply(settings);
        assertEquals("90s", sync.get("imap.sync.duration"));
        assertEquals("5", sync.get("imap.sync.devices"));
        assertEquals("42", sync.get("imap.sync.seed"));
        assertEquals("true", SECURITY.parameters().apply(settings).get("imap.security.harsh"));
        Map<String, String> fuzz = CheckSuite.named("fuzz").parameters().apply(settings);
        assertEquals("42", fuzz.get("imap.fuzz.seed"));
        assertEquals(Path.of("out", "replays").toString(), fuzz.get("imap.fuzz.replay-dir"));
    }

    @Test
    void unknownNamesListTheSuites() {
        UsageProblem p = assertThrows(UsageProblem.class, () -> CheckSuite.named("speed"));
        assertEquals("unknown suite \"speed\"; the suites are [conformance, security, sync, fuzz]", p.getMessage());
        assertEquals(CONFORMANCE, CheckSuite.named(" Conformance "));
    }
}
