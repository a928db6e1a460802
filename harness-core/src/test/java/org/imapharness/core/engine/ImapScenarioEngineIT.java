package org.imapharness.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.Map;
import java.util.stream.Collectors;
import org.imapharness.core.dovecot.Dovecot;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** The engine running the example scenarios against a real Dovecot, configured as a user would. */
class ImapScenarioEngineIT {

    private static EngineTestKit.Builder dovecot(String uri) {
        Dovecot d = Dovecot.get();
        return EngineTestKit.engine(new ImapScenarioEngine())
                .configurationParameter("imap.target", uri.replace("PORT", Integer.toString(d.port()))
                        .replace("TLS", Integer.toString(d.tlsPort())))
                .configurationParameter("imap.user-template", "user%d")
                .configurationParameter("imap.password", Dovecot.PASSWORD)
                .configurationParameter("imap.certificate", d.certificate().toString());
    }

    @Test
    void everyPassingExamplePasses() {
        EngineExecutionResults results = dovecot("imap://127.0.0.1:PORT?tls=none")
                .selectors(selectPackage("scenarios.pass")).execute();
        results.testEvents().failed().stream().map(ImapScenarioEngineIT::message).forEach(System.out::println);
        results.testEvents().assertStatistics(s -> s.started(16).succeeded(16).failed(0).aborted(0));
    }

    @Test
    void implicitTlsWithTheCertificateTrusted() {
        dovecot("imaps://localhost:TLS").selectors(selectClasspathResource("scenarios/pass/select-fresh.imap"))
                .execute().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void failuresCarryTheReportAndSkipsTheirReason() {
        EngineExecutionResults results = dovecot("imap://127.0.0.1:PORT?tls=none")
                .selectors(selectPackage("scenarios.fail")).execute();
        Map<String, String> failed = results.testEvents().failed().stream().collect(Collectors.toMap(
                e -> e.getTestDescriptor().getLegacyReportingName(), ImapScenarioEngineIT::message));
        String exists = failed.get("wrong-exists.imap");
        assertTrue(exists.contains("wrong-exists.imap:9: no untagged response matched"), exists);
        assertTrue(exists.contains("expected: * 2 EXISTS"), exists);
        assertTrue(exists.contains("RFC 3501 §7.3.1 MUST"), exists);
        assertTrue(exists.contains("transcript of connection 1"), exists);
        String skipped = results.testEvents().aborted().stream().map(ImapScenarioEngineIT::message)
                .collect(Collectors.joining("\n"));
        assertTrue(skipped.contains("XYZZY"), skipped);
        results.testEvents().assertStatistics(s -> s.started(8).succeeded(0).aborted(1).failed(7));
    }

    @Test
    void tagsFilterTheRun() {
        EngineExecutionResults results = dovecot("imap://127.0.0.1:PORT?tls=none")
                .selectors(selectPackage("scenarios.pass"))
                .filters(TagFilter.includeTags("cap-IDLE")).execute();
        assertEquals(1, results.testEvents().started().count());
        assertEquals("idle.imap", results.testEvents().started().list().get(0).getTestDescriptor()
                .getLegacyReportingName());
    }

    private static String message(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
    }

}
