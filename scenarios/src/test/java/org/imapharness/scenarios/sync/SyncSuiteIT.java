package org.imapharness.scenarios.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imapharness.core.dovecot.Dovecot;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * The sync suite through its engine, as {@code mvn verify} and the CLI run it: a bounded seeded run
 * passes against the embedded reference server and against Dovecot, and publishes the seed, the
 * IDLE push percentiles and the header-first sync ratio.
 */
class SyncSuiteIT {
    private static final String SEED = "20261126";
    private static final String STEPS = "150";

    @Test
    void passesAgainstTheEmbeddedServer() {
        EngineExecutionResults results = EngineTestKit.engine(ImapSyncEngine.ID)
                .configurationParameter("imap.target", "embedded")
                .configurationParameter("imap.sync.seed", SEED)
                .configurationParameter("imap.sync.steps", STEPS)
                .selectors(selectPackage("org.imapharness.scenarios.sync")).execute();
        Map<String, String> entries = checked("embedded", results);
        assertEquals(SEED, entries.get("imap.seed"));
        assertTrue(Double.parseDouble(entries.get("imap.measure.header-sync-ratio")) < 1.0, entries.toString());
    }

    @Test
    void passesAgainstDovecot() {
        Dovecot dovecot = Dovecot.get();
        EngineExecutionResults results = EngineTestKit.engine(ImapSyncEngine.ID)
                .configurationParameter("imap.target", "imaps://localhost:" + dovecot.tlsPort())
                .configurationParameter("imap.certificate", dovecot.certificate().toString())
                .configurationParameter("imap.user-template", "user%d")
                .configurationParameter("imap.password", Dovecot.PASSWORD)
                .configurationParameter("imap.sync.seed", SEED)
                .configurationParameter("imap.sync.steps", STEPS)
                .selectors(selectPackage("org.imapharness.scenarios.sync")).execute();
        checked("Dovecot", results);
    }

    /** Both tests passed; the measurements go to the build log. */
    private static Map<String, String> checked(String target, EngineExecutionResults results) {
        Map<String, String> entries = new LinkedHashMap<>();
        results.allEvents().stream().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow())
                .forEach(r -> entries.putAll(r.getKeyValuePairs()));
        System.out.println("sync suite against " + target + ": " + entries);
        String failures = results.testEvents().failed().stream().map(Event::toString).reduce("", String::concat);
        assertEquals(2, results.testEvents().succeeded().count(), failures);
        return entries;
    }
}
