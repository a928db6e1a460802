package org.imapharness.scenarios.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.imapharness.server.RunningServer;
import org.imapharness.server.config.ServerConfigBuilder;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultDetection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each check fails against a reference server that breaks its rule, by a fault switch or by a
 * configuration that a careless operator could choose. ReferenceServerSecurityIT shows the same
 * checks passing without them. Short waits keep the class near half a minute: a 2 s timeout, 1 s
 * (so 3 s for an answer) where the fault makes the server go silent, a 3 s close bound.
 */
class FaultDetectionIT {

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("starttls-injection", "starttls-keeps-pipelined"),
                fault("starttls-capabilities-reissued", "capability-not-reissued-after-tls"),
                fault("starttls-refused-in-tls", "starttls-in-tls-allowed"),
                fault("plaintext-login-refused", "login-before-tls"),
                fault("tls-legacy-versions-refused", "tls-legacy-allowed"),
                fault("tls-weak-ciphers-refused", "tls-weak-ciphers"),
                fault("auth-uniform-failure", "auth-reveals-unknown-user"),
                fault("auth-cancel", "authenticate-cancel-ignored"),
                fault("auth-sasl-ir", "sasl-ir-ignored"),
                fault("auth-failure-not-authenticated", "auth-failure-authenticates"),
                fault("auth-failures-throttled", "no-throttle"),
                fault("injection-crlf-echo", "response-text-unsanitized"),
                fault("injection-tag", "tag-unchecked"),
                fault("limit-long-line", "no-line-limit"),
                fault("limit-literal-never-sent", "literal-size-unchecked"),
                fault("limit-literal-overflow", "literal-size-wraps"),
                fault("limit-deep-nesting", "deep-nesting-unanswered"),
                fault("limit-search-blowup", "deep-nesting-unanswered"),
                fault("limit-pipelined-flood", "pipeline-overflow-dropped"));
    }

    /** These checks see their fault as silence, so each waits out its whole answer time. */
    private static final java.util.Set<String> SILENT = java.util.Set.of("limit-deep-nesting",
            "limit-search-blowup", "limit-pipelined-flood");

    private static Arguments fault(String check, String fault) {
        return Arguments.of(check, fault);
    }

    /** FAULTS.md credits the security suite with exactly the faults switched on in this class. */
    @Test
    void theFaultsCaughtHereAreThoseFaultsMdCredits() {
        Set<Fault> here = EnumSet.of(Fault.STARTTLS_AFTER_LOGIN_ALLOWED); // refusedAfterLoginCatchesStartTlsInAuthenticatedState
        faults().forEach(a -> here.add(Fault.valueOf(((String) a.get()[1]).toUpperCase(Locale.ROOT).replace('-', '_'))));
        assertEquals(FaultDetection.caughtBy(FaultDetection.Suite.SECURITY), here);
    }

    @ParameterizedTest(name = "{0} fails with fault {1}")
    @MethodSource("faults")
    void checkFailsWithItsFault(String check, String fault) {
        assertFails(check, b -> b.set("fault", fault));
    }

    /** Only reachable where a user can log in before TLS; without the fault the same setup passes. */
    @Test
    void refusedAfterLoginCatchesStartTlsInAuthenticatedState() {
        assertFails("starttls-refused-after-login", b -> b.allowPlaintextAuth(true)
                .set("fault", "starttls-after-login-allowed"));
        assertPasses("starttls-refused-after-login", b -> b.allowPlaintextAuth(true));
    }

    @Test
    void plaintextLoginCatchesPlaintextAuthAllowedByConfiguration() {
        assertFails("plaintext-login-refused", b -> b.allowPlaintextAuth(true));
    }

    /** The generated certificate names localhost, 127.0.0.1 and ::1; 127.0.0.2 is loopback too, but not named. */
    @Test
    void certificateCatchesHostNameMismatch() {
        assertFails("tls-certificate", b -> b.set("bind", "127.0.0.2"));
    }

    @Test
    void autologoutFloorCatchesShortIdleTimeout() {
        assertFails("session-autologout-floor", b -> b.idleTimeout(Duration.ofSeconds(1)));
    }

    @Test
    void idleCloseAndSlowlorisCatchLongPreAuthTimeout() {
        assertFails("session-idle-closed", b -> b.preAuthTimeout(Duration.ofMinutes(10)));
        assertFails("session-slowloris", b -> b.preAuthTimeout(Duration.ofMinutes(10)));
    }

    private static void assertFails(String check, Consumer<ServerConfigBuilder> breakIt) {
        String outcome = outcome(check, breakIt);
        assertTrue(outcome != null && outcome.startsWith("FAILED: " + check), () -> check + " did not fail: " + outcome);
    }

    private static void assertPasses(String check, Consumer<ServerConfigBuilder> config) {
        String outcome = outcome(check, config);
        assertTrue("SUCCESSFUL".equals(outcome), () -> check + " did not pass: " + outcome);
    }

    private static String outcome(String check, Consumer<ServerConfigBuilder> config) {
        try (RunningServer server = SecurityRuns.server(config)) {
            String outcome = SecurityRuns.outcomes(SecurityRuns.run(server, Map.of(
                    "imap.timeout", SILENT.contains(check) ? "1s" : "2s", "imap.security.close-bound", "3s",
                    "imap.security.harsh", "true"), check)).get(check);
            System.out.println(check + " -> " + outcome);
            return outcome;
        }
    }
}
