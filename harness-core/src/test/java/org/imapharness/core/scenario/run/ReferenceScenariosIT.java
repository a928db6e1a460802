package org.imapharness.core.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.stream.Stream;
import org.imapharness.core.client.Trust;
import org.imapharness.core.scenario.Outcome;
import org.imapharness.core.scenario.ScenarioResult;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.core.target.UserTemplate;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example scenarios against the reference server, in-process: over its STARTTLS port (where
 * LOGINDISABLED makes the interpreter log in with AUTHENTICATE PLAIN after STARTTLS) and over
 * implicit TLS, trusting only the server's generated CA.
 */
class ReferenceScenariosIT {
    private static RunningServer server;
    private static Trust trust;

    @BeforeAll
    static void start() throws Exception {
        var builder = ServerConfig.builder().port(0).tlsPort(0);
        for (int n = 1; n <= 3; n++) {
            builder.addUser(new InlineUser("user" + n, "scenario-secret"));
        }
        server = ImapServer.start(builder.build());
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(server.certificatePem().getBytes(StandardCharsets.US_ASCII)));
        trust = Trust.certificate(ca);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theStartTlsPortIsReachedWithStartTlsBeforeLogin() {
        Target target = Targets.open(TargetOptions.of("imap://localhost:" + server.plainPort(),
                new UserTemplate("user%d", "scenario-secret")).withTrust(trust));
        ScenarioResult r = new ScenarioRunner(target, RunOptions.DEFAULTS)
                .run(ScenarioFiles.named("pass/two-connections-flags.imap"));
        assertEquals(Outcome.Kind.PASSED, r.kind(), r::describe);
        String first = r.transcripts().stream().filter(t -> t.label().equals("1")).findFirst().orElseThrow()
                .rendered();
        assertTrue(first.contains(" LOGINDISABLED "), first);
        assertTrue(first.contains("ready\nC: A0001 STARTTLS\n"), first);
        assertTrue(first.contains("C: A0003 LOGIN user1 ***"), first);
        assertFalse(first.contains("scenario-secret"), first);
    }

    @TestFactory
    Stream<DynamicTest> examplesPassOverStartTlsAndImplicitTls() {
        return Stream.of("imap://localhost:" + server.plainPort(), "imaps://localhost:" + server.tlsPort())
                .flatMap(uri -> {
                    Target target = Targets.open(TargetOptions.of(uri, new UserTemplate("user%d", "scenario-secret"))
                            .withTrust(trust));
                    return ScenarioFiles.in("pass").stream().map(f -> DynamicTest.dynamicTest(
                            uri.substring(0, uri.indexOf(':')) + " " + f.getFileName(), () -> {
                                ScenarioResult r = new ScenarioRunner(target, RunOptions.DEFAULTS)
                                        .run(ScenarioFiles.parse(f));
                                boolean starttlsOverTls = uri.startsWith("imaps") && f.endsWith("starttls.imap");
                                assertEquals(starttlsOverTls ? Outcome.Kind.SKIPPED : Outcome.Kind.PASSED, r.kind(),
                                        r::describe);
                            }));
                });
    }
}
