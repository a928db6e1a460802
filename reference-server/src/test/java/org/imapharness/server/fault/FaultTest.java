package org.imapharness.server.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FaultTest {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern RFC = Pattern.compile("RFC \\d{4} §\\d+(\\.\\d+)*.*");

    @Test
    void thereAreAtLeastSixteenFaults() {
        assertTrue(Fault.values().length >= 16, "only " + Fault.values().length + " faults");
    }

    @Test
    void everyFaultHasAKebabNameARuleAnRfcSectionAndALevel() {
        for (Fault fault : Fault.values()) {
            assertTrue(KEBAB.matcher(fault.cliName()).matches(), fault + " name " + fault.cliName());
            assertEquals(fault.name().toLowerCase().replace('_', '-'), fault.cliName(),
                    "CLI name mirrors the constant so logs and flags read the same");
            assertFalse(fault.rule().isBlank(), fault + " has no rule");
            assertTrue(RFC.matcher(fault.rfc()).matches(), fault + " rfc " + fault.rfc());
            assertTrue(fault.level() != null, fault + " has no level");
        }
    }

    @Test
    void namesAndRulesAreUnique() {
        Set<String> names = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (Fault fault : Fault.values()) {
            assertTrue(names.add(fault.cliName()), "duplicate name " + fault.cliName());
            assertTrue(rules.add(fault.rule()), "duplicate rule " + fault.rule());
        }
    }

    @Test
    void theBriefsFaultsAllExist() {
        Set<String> names = new HashSet<>();
        Arrays.stream(Fault.values()).forEach(f -> names.add(f.cliName()));
        for (String required : new String[] {"expunge-no-decrement", "uid-reuse", "uidnext-stale",
                "flag-update-not-broadcast", "idle-no-exists", "peek-sets-seen", "partial-off-by-one",
                "search-since-exclusive", "starttls-keeps-pipelined", "login-before-tls",
                "modseq-not-increased", "uidvalidity-reused", "expunge-during-fetch",
                "bodystructure-multipart-wrong", "literal-no-continuation",
                "capability-not-reissued-after-tls", "search-not-case-insensitive", "exists-not-sent",
                "close-expunge-sends-expunge", "no-throttle"}) {
            assertTrue(names.contains(required), "missing " + required);
        }
    }
}
