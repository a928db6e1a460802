package org.imapharness.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imapharness.core.dovecot.Dovecot;
import org.imapharness.core.engine.ImapScenarioEngine;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.LiteralExtension;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.config.ServerConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The extension suites through the {@code imap-scenarios} engine. A scenario may be skipped only
 * because the server does not advertise a capability it requires; the embedded target (implicit
 * TLS, LITERAL+) skips exactly {@link #EMBEDDED_SKIPS}, and those run here too, against a
 * reference server in LITERAL- mode or on its plain port. Against Dovecot exactly the scenarios in
 * {@code dovecot-extension-deviations.txt} fail, so a regression in either direction is caught.
 */
class ExtensionSuitesIT {
    private static final String SUITE = "scenarios.extensions";
    /** Keeps the suite from shrinking unnoticed (a file dropped by a bad merge, a broken resource path). */
    private static final int AT_LEAST = 100;
    /** What the embedded server lacks: LITERAL- (it has LITERAL+), CREATE-SPECIAL-USE, STARTTLS over imaps. */
    private static final Set<String> EMBEDDED_SKIPS = Set.of("literal-minus-small-nonsync.imap",
            "literal-minus-too-big.imap", "special-use-create-unknown-use.imap",
            "starttls-again-refused.imap", "starttls-capability-after-tls.imap",
            "starttls-logindisabled-refuses-login.imap", "starttls-refused-when-authenticated.imap",
            "starttls-stays-not-authenticated.imap");

    @TempDir
    Path tmp;

    @Test
    void againstTheEmbeddedServerEveryScenarioPassesOrLacksACapability() {
        EngineExecutionResults results = run(SUITE, Map.of("imap.target", "embedded"));
        summarize("embedded", results, AT_LEAST);
        assertEquals(Set.of(), outcomes(results, Status.FAILED), () -> reports(results));
        assertEquals(new TreeSet<>(EMBEDDED_SKIPS), outcomes(results, Status.ABORTED), () -> reports(results));
        assertSkipsAreForMissingCapabilities(results);
    }

    @Test
    void literalMinusScenariosPassAgainstAReferenceServerInLiteralMinusMode() throws IOException {
        try (RunningServer server = ImapServer.start(reference().literals(LiteralExtension.MINUS).build())) {
            EngineExecutionResults results = run(SUITE + ".literal",
                    reference(server, "imaps://127.0.0.1:" + server.tlsPort()));
            summarize("reference, LITERAL-", results, 2);
            assertEquals(Set.of(), outcomes(results, Status.FAILED), () -> reports(results));
            assertTrue(outcomes(results, Status.SUCCESSFUL).containsAll(
                    Set.of("literal-minus-small-nonsync.imap", "literal-minus-too-big.imap")), () -> reports(results));
            assertSkipsAreForMissingCapabilities(results);
        }
    }

    @Test
    void starttlsScenariosPassOnTheReferenceServersPlainPort() throws IOException {
        try (RunningServer server = ImapServer.start(reference().build())) {
            EngineExecutionResults results = run(SUITE + ".starttls",
                    reference(server, "imap://127.0.0.1:" + server.plainPort()));
            summarize("reference, plain port", results, 5);
            assertEquals(Set.of(), notPassed(results), () -> reports(results));
        }
    }

    @Test
    void againstDovecotOnlyTheListedDeviationsFail() throws IOException {
        Dovecot dovecot = Dovecot.get();
        EngineExecutionResults results = run(SUITE, dovecot("imaps://localhost:" + dovecot.tlsPort(), dovecot));
        summarize("Dovecot", results, AT_LEAST);
        assertEquals(deviations(), outcomes(results, Status.FAILED), () -> reports(results));
        assertSkipsAreForMissingCapabilities(results);
    }

    @Test
    void starttlsScenariosPassOnDovecotsPlainPort() {
        Dovecot dovecot = Dovecot.get();
        EngineExecutionResults results = run(SUITE + ".starttls", dovecot("imap://localhost:" + dovecot.port(), dovecot));
        summarize("Dovecot, plain port", results, 5);
        assertEquals(Set.of(), outcomes(results, Status.FAILED), () -> reports(results));
        assertTrue(outcomes(results, Status.SUCCESSFUL).size() >= 4, () -> reports(results));
        assertSkipsAreForMissingCapabilities(results); // Dovecot offers plaintext LOGIN here: no LOGINDISABLED
    }

    private static EngineExecutionResults run(String suite, Map<String, String> parameters) {
        return EngineTestKit.engine(ImapScenarioEngine.ID).configurationParameters(parameters)
                .selectors(selectPackage(suite)).execute();
    }

    /** Users user1..user4 with password "secret", as the embedded target has them. */
    private static ServerConfigBuilder reference() {
        ServerConfigBuilder builder = ServerConfig.builder().port(0).tlsPort(0);
        for (int n = 1; n <= 4; n++) {
            builder.addUser(new InlineUser("user" + n, "secret"));
        }
        return builder;
    }

    private Map<String, String> reference(RunningServer server, String target) throws IOException {
        Path pem = Files.writeString(tmp.resolve("reference-" + server.tlsPort() + ".pem"), server.certificatePem());
        return Map.of("imap.target", target, "imap.certificate", pem.toString(),
                "imap.user-template", "user%d", "imap.password", "secret");
    }

    /**
     * A longer wait than the default 10 s: Dovecot delays every login from an address after failed
     * ones (its auth penalty, up to 15 s), and other suites sharing the instance fail logins on purpose.
     */
    private static Map<String, String> dovecot(String target, Dovecot dovecot) {
        return Map.of("imap.target", target, "imap.certificate", dovecot.certificate().toString(),
                "imap.user-template", "user%d", "imap.password", Dovecot.PASSWORD, "imap.timeout", "30s");
    }

    /** Prints the score for the build log and checks the selection did not shrink. */
    private static void summarize(String target, EngineExecutionResults results, int atLeast) {
        long started = results.testEvents().started().count();
        System.out.printf("Extension suites against %s: %d passed, %d failed, %d skipped of %d%n", target,
                results.testEvents().succeeded().count(), results.testEvents().failed().count(),
                results.testEvents().aborted().count(), started);
        assertTrue(started >= atLeast, () -> "only " + started + " scenarios ran; expected at least " + atLeast);
    }

    /** A skip must name a capability the server does not advertise, never anything else. */
    private static void assertSkipsAreForMissingCapabilities(EngineExecutionResults results) {
        for (Event e : results.testEvents().aborted().list()) {
            String reason = result(e).getThrowable().map(Throwable::getMessage).orElse("");
            assertTrue(reason.contains("does not advertise"),
                    () -> e.getTestDescriptor().getLegacyReportingName() + " was skipped for another reason: " + reason);
        }
    }

    /** File names of the scenarios that finished with {@code status}. */
    private static Set<String> outcomes(EngineExecutionResults results, Status status) {
        return results.testEvents().finished().stream().filter(e -> result(e).getStatus() == status)
                .map(e -> e.getTestDescriptor().getLegacyReportingName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> notPassed(EngineExecutionResults results) {
        Set<String> all = outcomes(results, Status.FAILED);
        all.addAll(outcomes(results, Status.ABORTED));
        return all;
    }

    private static TestExecutionResult result(Event e) {
        return e.getPayload(TestExecutionResult.class).orElseThrow();
    }

    private static String reports(EngineExecutionResults results) {
        return results.testEvents().finished().stream().map(ExtensionSuitesIT::result)
                .filter(r -> r.getStatus() != Status.SUCCESSFUL)
                .flatMap(r -> r.getThrowable().stream()).map(Throwable::getMessage)
                .collect(Collectors.joining("\n\n"));
    }

    /** The file names listed in {@code dovecot-extension-deviations.txt}: the first word of each non-comment line. */
    private static Set<String> deviations() throws IOException {
        try (InputStream in = ExtensionSuitesIT.class.getResourceAsStream("/dovecot-extension-deviations.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
