package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imapharness.server.RunningServer;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are answered after the throttle delay (RFC 3501 §11 motivates it), scheduled
 * rather than slept, so other connections are served meanwhile; the no-throttle fault removes it.
 */
class ThrottleIT {
    private static final long DELAY_MS = 1_000;

    @Test
    void repeatedFailuresAreSlowedDownWithoutStallingOthers() throws Exception {
        try (RunningServer server = TestServers.start(b -> b.set("auth.user-free-failures", "1")
                .set("auth.throttle-base-delay", DELAY_MS + "ms").set("auth.throttle-max-delay", DELAY_MS + "ms"));
             ScriptClient guesser = ScriptClient.tls(server.tlsPort(), server.certificatePem());
             ScriptClient bystander = TestServers.loggedIn(server, "bob")) {
            guesser.readLine();
            assertTrue(ScriptClient.tagged(guesser.command("a", "LOGIN alice wrong1")).startsWith("a NO "));
            long start = System.nanoTime();
            guesser.send("b LOGIN alice wrong2");
            assertEquals("n OK NOOP completed", ScriptClient.tagged(bystander.command("n", "NOOP")),
                    "other sessions are served during the delay");
            assertEquals("b NO [AUTHENTICATIONFAILED] Invalid credentials", guesser.readLine());
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMs >= DELAY_MS - 50, "the second failure waited the throttle delay; took " + tookMs + " ms");
        }
    }

    @Test
    void noThrottleFaultAnswersFailuresAtFullSpeed() throws Exception {
        try (RunningServer server = TestServers.start(b -> b.set("auth.user-free-failures", "1")
                .set("auth.throttle-base-delay", "5s").set("auth.throttle-max-delay", "5s").addFault(Fault.NO_THROTTLE));
             ScriptClient guesser = ScriptClient.tls(server.tlsPort(), server.certificatePem())) {
            guesser.readLine();
            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                assertTrue(ScriptClient.tagged(guesser.command("a" + i, "LOGIN alice wrong")).startsWith("a" + i + " NO "));
            }
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMs < 5_000, "no delay with the fault on; took " + tookMs + " ms");
        }
    }
}
