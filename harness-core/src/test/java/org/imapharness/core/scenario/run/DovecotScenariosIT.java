package org.imapharness.core.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imapharness.core.client.Trust;
import org.imapharness.core.dovecot.Dovecot;
import org.imapharness.core.scenario.Failure;
import org.imapharness.core.scenario.Outcome;
import org.imapharness.core.scenario.ScenarioResult;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.core.target.UserTemplate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The example scenarios against a real Dovecot: those under {@code pass/} must pass over a
 * plaintext port (STARTTLS done by the scenario where it wants it), over STARTTLS required by
 * the target and over implicit TLS; those under {@code fail/} must fail (or skip, or error) at
 * the line and for the reason listed, which proves failures are reported where they happen.
 */
class DovecotScenariosIT {
    private static final UserTemplate USERS = new UserTemplate("user%d", Dovecot.PASSWORD);

    private static Target target(String uri) {
        Dovecot d = Dovecot.get();
        return Targets.open(TargetOptions.of(uri.replace("PORT", Integer.toString(d.port()))
                .replace("TLS", Integer.toString(d.tlsPort())), USERS).withTrust(Trust.certificate(d.certificate())));
    }

    private static ScenarioResult run(Target target, Path file) {
        return new ScenarioRunner(target, RunOptions.DEFAULTS).run(ScenarioFiles.parse(file));
    }

    @TestFactory
    Stream<DynamicTest> passOverPlaintext() {
        Target target = target("imap://127.0.0.1:PORT?tls=none");
        return ScenarioFiles.in("pass").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ScenarioResult r = run(target, f);
            assertEquals(Outcome.Kind.PASSED, r.kind(), r::describe);
        }));
    }

    @TestFactory
    Stream<DynamicTest> passOverStartTlsAndImplicitTls() {
        List<String> some = List.of("select-fresh.imap", "starttls.imap", "literals.imap", "two-users.imap");
        return Stream.of("imap://localhost:PORT", "imaps://localhost:TLS").flatMap(uri -> {
            Target target = target(uri);
            String scheme = uri.substring(0, uri.indexOf(':'));
            return ScenarioFiles.in("pass").stream().filter(f -> some.contains(f.getFileName().toString()))
                    .map(f -> DynamicTest.dynamicTest(scheme + " " + f.getFileName(), () -> {
                        ScenarioResult r = run(target, f);
                        // implicit TLS leaves nothing for STARTTLS to do: servers do not advertise it there
                        boolean skip = scheme.equals("imaps") && f.endsWith("starttls.imap");
                        assertEquals(skip ? Outcome.Kind.SKIPPED : Outcome.Kind.PASSED, r.kind(), r::describe);
                    }));
        });
    }

    /** A scenario that must not pass: its outcome, and for failures the line and words of the message. */
    private record Expected(String file, Outcome.Kind kind, int line, String message) {
    }

    @TestFactory
    Stream<DynamicTest> failuresAreReportedAtTheirLine() {
        Target target = target("imap://127.0.0.1:PORT?tls=none");
        List<Expected> expected = List.of(
                new Expected("wrong-exists.imap", Outcome.Kind.FAILED, 9,
                        "no untagged response matched before the completion (line 10)"),
                new Expected("wrong-completion.imap", Outcome.Kind.FAILED, 8, "the completion does not match"),
                new Expected("nothing-else.imap", Outcome.Kind.FAILED, 9,
                        "an untagged response arrived that no S: or S?: line above allows"),
                new Expected("timeout.imap", Outcome.Kind.FAILED, 9, "no matching response within 1 s"),
                new Expected("check.imap", Outcome.Kind.FAILED, 10, "check failed: $next is "),
                new Expected("closed.imap", Outcome.Kind.FAILED, 8, "the connection closed"),
                new Expected("unsupported.imap", Outcome.Kind.SKIPPED, 0, "the target does not advertise XYZZY"),
                new Expected("no-such-mailbox.imap", Outcome.Kind.ERRORED, 0,
                        "SELECT no-such-mailbox-at-all was refused"));
        assertEquals(expected.size(), ScenarioFiles.in("fail").size(), "every file under fail/ is listed here");
        return expected.stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            Path file = ScenarioFiles.in("fail").stream().filter(p -> p.endsWith(e.file())).findFirst().orElseThrow();
            ScenarioResult r = run(target, file);
            assertEquals(e.kind(), r.kind(), r::describe);
            String text = r.describe();
            assertTrue(text.contains(e.message()), text);
            if (e.kind() == Outcome.Kind.FAILED) {
                Failure f = r.failure();
                assertEquals(e.line(), f.line(), text);
                assertTrue(text.contains(e.file() + ":" + e.line() + ": "), text);
                assertTrue(text.contains("RFC 3501 §"), text);
                assertTrue(text.contains("transcript of connection 1:"), text);
            }
        }));
    }
}
