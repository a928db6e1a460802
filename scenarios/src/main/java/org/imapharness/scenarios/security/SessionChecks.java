package org.imapharness.scenarios.security;

import static org.imapharness.core.scenario.RfcReference.Level.MUST;
import static org.imapharness.core.scenario.RfcReference.Level.SHOULD;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Connection lifetime (RFC 3501 §5.4): an authenticated session is not logged out early, while
 * silent or trickling unauthenticated connections are closed within {@code imap.security.close-bound}.
 */
final class SessionChecks {
    private SessionChecks() {
    }

    static List<SecurityCheck> all() {
        return List.of(
                new DefinedCheck(CheckInfo.of("session-autologout-floor", "session", MUST, "RFC 3501 §5.4",
                        "an idle authenticated session survives the probe time (§5.4: at least 30 minutes)", "rfc3501-5.4")
                        .waitsForTimers(),
                        SessionChecks::autologoutFloor),
                new DefinedCheck(CheckInfo.of("session-idle-closed", "session", SHOULD, "RFC 3501 §5.4; connection exhaustion",
                        "a connection that never authenticates and sends nothing is closed eventually", "rfc3501-5.4")
                        .waitsForTimers(),
                        SessionChecks::idleClosed),
                new DefinedCheck(CheckInfo.of("session-slowloris", "session", SHOULD, "slowloris; RFC 3501 §5.4",
                        "a connection trickling one byte every few seconds without ending a line is closed eventually",
                        "rfc3501-5.4").waitsForTimers(), SessionChecks::slowloris));
    }

    static Verdict autologoutFloor(SecurityProbe p) throws IOException {
        Duration hold = p.settings().autologoutProbe();
        try (Wire wire = p.loggedIn()) {
            Reply early = wire.read(hold);
            if (early.kind() == Reply.Kind.CLOSED || early.isBye()) {
                return Verdict.fail("an authenticated session idle for less than " + hold.toSeconds() + " s was ended ("
                        + early.brief() + "); RFC 3501 §5.4 asks for at least 30 minutes");
            }
            Exchange noop = wire.command(p.tag(), "NOOP");
            String evidence = "idle " + hold.toSeconds() + " s after LOGIN, then NOOP: " + noop.completion().brief();
            if (!noop.ok()) {
                return Verdict.fail("the session did not survive; " + evidence);
            }
            return Verdict.pass(evidence + (hold.compareTo(Duration.ofMinutes(30)) < 0
                    ? " (a shorter probe than §5.4's 30 minutes; set imap.security.autologout-probe=31m for the full check)"
                    : ""));
        }
    }

    static Verdict idleClosed(SecurityProbe p) throws IOException {
        Duration bound = p.settings().closeBound();
        try (Wire wire = p.greeted(p.secure())) {
            Duration took = wire.closedWithin(bound);
            return took == null
                    ? Verdict.fail("a silent unauthenticated connection was still open after " + bound.toSeconds() + " s")
                    : Verdict.pass("a silent unauthenticated connection was closed after " + took.toMillis() + " ms")
                    .measured("idle-close-ms", took.toMillis());
        }
    }

    static Verdict slowloris(SecurityProbe p) throws IOException {
        Duration bound = p.settings().closeBound();
        Duration interval = p.settings().slowlorisInterval();
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        int sent = 0;
        try (Wire wire = p.greeted(p.secure())) {
            byte[] line = ("t LOGIN " + "a".repeat(4096)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            while (System.nanoTime() < deadline) {
                try {
                    wire.send(new byte[] {line[sent % line.length]});
                } catch (IOException e) {
                    break; // closed under us
                }
                sent++;
                Reply r = wire.read(interval);
                if (r.kind() == Reply.Kind.CLOSED || r.isBye()) {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    return Verdict.pass("closed after " + ms + " ms and " + sent + " trickled bytes (" + r.brief() + ")")
                            .measured("slowloris-close-ms", ms);
                }
            }
            if (!wire.isOpen()) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                return Verdict.pass("closed after " + ms + " ms and " + sent + " trickled bytes")
                        .measured("slowloris-close-ms", ms);
            }
        }
        return Verdict.fail("one byte every " + interval.toMillis() + " ms kept the connection open for "
                + bound.toSeconds() + " s (" + sent + " bytes)");
    }
}
